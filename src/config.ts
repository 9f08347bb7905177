// All configuration, from the environment (dotenv loads .env), validated once at start-up.
import path from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from './paths.js';

const snowflake = /^\d{17,20}$/;

const Env = z
  .object({
    DISCORD_TOKEN: z
      .string()
      .trim()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'must look like a bot token (three dot-separated parts): copy it from the Developer Portal, Bot → Reset Token')
      .optional(),
    DISCORD_CLIENT_ID: z
      .string()
      .trim()
      .regex(snowflake, 'must be the numeric Application ID from the Developer Portal (General Information)')
      .optional(),
    DISCORD_GUILD_ID: z
      .string()
      .trim()
      .regex(snowflake, 'must be a numeric server id (Developer Mode → right-click the server → Copy Server ID)')
      .optional(),
    DISCORD_API_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().trim().min(1).optional(),
    COOLDOWN_COMMANDS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(5),
    COOLDOWN_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).positive('must be more than 0').max(3600, 'must be at most 3600').default(10),
    SHARD_COUNT: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], { error: 'must be "auto" or a whole number of shards from 1' }).optional(),
    SHARD_IDS: z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be shard ids separated by commas, such as 0,1')
      .transform((s) => s.split(',').map((x) => Number(x.trim())))
      .optional(),
    // Set by discord.js's ShardingManager for the processes it spawns: a JSON list of ids.
    SHARDS: z
      .string()
      .transform((s, ctx) => {
        try {
          const v = JSON.parse(s) as unknown;
          const ids = Array.isArray(v) ? v : [v];
          if (ids.every((x) => Number.isInteger(x) && (x as number) >= 0)) return ids as number[];
        } catch {
          /* reported below */
        }
        ctx.addIssue({ code: 'custom', message: 'must be a JSON list of shard ids (set by the sharding manager)' });
        return z.NEVER;
      })
      .optional(),
    METRICS_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0, 'must be a port from 0 (any free port) to 65535').max(65535, 'must be a port from 0 (any free port) to 65535').optional(),
    SHARD_SPAWN_DELAY_MS: z.coerce.number({ error: 'must be milliseconds' }).int().min(0).default(5500),
    METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
    DISCORD_PUBLIC_KEY: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hexadecimal characters of the Public Key (Developer Portal → General Information)')
      .optional(),
    HTTP_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0, 'must be a port from 0 (any free port) to 65535').max(65535, 'must be a port from 0 (any free port) to 65535').default(8080),
    HTTP_HOST: z.string().trim().min(1).default('127.0.0.1'),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_CLIENT_ID'], message: 'is required with DISCORD_TOKEN: the numeric Application ID, used to register the slash commands' });
    }
    // Under the sharding manager its SHARDS wins: the operator's SHARD_IDS were for the manager.
    const ids = env.SHARDS ?? env.SHARD_IDS;
    if (!ids) return;
    const name = env.SHARDS ? 'SHARDS' : 'SHARD_IDS';
    if (typeof env.SHARD_COUNT !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['SHARD_COUNT'], message: `must be a number of shards when ${name} is set (every machine must agree on the total), e.g. SHARD_COUNT=4 ${name}=0,1` });
      return;
    }
    const count = env.SHARD_COUNT;
    const outside = [...new Set(ids.filter((id) => id >= count))];
    if (outside.length > 0) ctx.addIssue({ code: 'custom', path: [name], message: `has ids ${outside.join(', ')} outside 0–${count - 1} (SHARD_COUNT is ${count})` });
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length > 0) ctx.addIssue({ code: 'custom', path: [name], message: `lists ${[...new Set(dupes)].join(', ')} more than once` });
  });

const PURPOSE: Record<string, string> = {
  DISCORD_TOKEN: 'the bot token that logs in to Discord',
  DISCORD_CLIENT_ID: 'the application id that slash commands are registered under',
  DISCORD_GUILD_ID: 'the one server to register commands in (instant, for testing)',
  DISCORD_API_URL: 'the base of Discord’s REST API, for a proxy or a local test server',
  LOG_LEVEL: 'how much to log',
  DATA_DIR: 'the knowledge base folder',
  COOLDOWN_COMMANDS: 'how many commands one user may run per cooldown window',
  COOLDOWN_SECONDS: 'the cooldown window',
  SHARD_COUNT: 'the total number of gateway shards across all machines',
  SHARD_IDS: 'the shards this process runs',
  SHARDS: 'the shards this process runs',
  METRICS_PORT: 'the port of the /healthz and /metrics endpoint',
  METRICS_HOST: 'the address the metrics endpoint listens on',
  SHARD_SPAWN_DELAY_MS: 'the pause between starting two shard processes',
  DISCORD_PUBLIC_KEY: 'the key that checks each HTTP interaction was signed by Discord',
  HTTP_PORT: 'the port of the HTTP interactions endpoint',
  HTTP_HOST: 'the address the HTTP interactions endpoint listens on',
};

export interface Config {
  token?: string;
  clientId?: string;
  guildId?: string;
  apiUrl?: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  dataDir: string;
  cooldown: { max: number; windowMs: number };
  /** Absent: one shard, as Discord recommends for a small bot. */
  sharding?: { count: number | 'auto'; ids?: number[] };
  shardSpawnDelayMs: number;
  metrics?: { port: number; host: string };
  /** The HTTP interactions endpoint (`npm run start:http`); it needs `publicKey`. */
  http: { publicKey?: string; port: number; host: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** For entry points: the configuration, or its message on stderr and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

/** Reads the configuration; an absent or malformed value throws one message per variable, naming it and its purpose. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty line in .env (`DISCORD_GUILD_ID=`) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const purpose = PURPOSE[name] ? ` (${PURPOSE[name]})` : '';
      return `${name}${purpose} ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.map((l) => `  - ${l}`).join('\n')}\nSee .env.example.`);
  }
  const e = parsed.data;
  return {
    ...(e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN } : {}),
    ...(e.DISCORD_CLIENT_ID ? { clientId: e.DISCORD_CLIENT_ID } : {}),
    ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
    ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR ? path.resolve(e.DATA_DIR) : defaultDataDir,
    cooldown: { max: e.COOLDOWN_COMMANDS, windowMs: e.COOLDOWN_SECONDS * 1000 },
    shardSpawnDelayMs: e.SHARD_SPAWN_DELAY_MS,
    ...(e.SHARD_COUNT !== undefined ? { sharding: { count: e.SHARD_COUNT, ...((e.SHARDS ?? e.SHARD_IDS) ? { ids: e.SHARDS ?? e.SHARD_IDS } : {}) } } : {}),
    ...(e.METRICS_PORT !== undefined ? { metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST } } : {}),
    http: { ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}), port: e.HTTP_PORT, host: e.HTTP_HOST },
  };
}
