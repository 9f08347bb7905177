// Logs in with the Guilds intent only (slash commands need no more) and serves interactions.
import { Client, type ClientOptions, Events, GatewayIntentBits, Options, Status } from 'discord.js';
import type { InteractionEvent } from '../metrics.js';
import type { CommandSet } from '../commands/registry.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Logger } from '../log.js';
import { Cooldown } from './cooldown.js';
import { createRouter } from './router.js';

export interface BotOptions {
  config: Config & { token: string };
  commands: CommandSet;
  kb: () => KnowledgeBase;
  log: Logger;
  /** How long page buttons work. */
  pageTtlMs?: number;
  cooldown?: { max: number; windowMs: number };
  observe?: (event: InteractionEvent) => void;
  /** A shard closed with a code Discord will not take back (a bad token, intents): the process cannot serve. */
  onFatal?: (code: number) => void;
}

/** Close codes after which Discord will not take the connection back, and what each means to an operator. */
export const FATAL_CLOSE_CODES: Record<number, string> = {
  4004: 'authentication failed: the token is wrong or was reset (Developer Portal → Bot → Reset Token)',
  4010: 'invalid shard: SHARD_IDS or SHARD_COUNT do not fit',
  4011: 'sharding required: the bot is in too many servers for one shard (set SHARD_COUNT=auto)',
  4012: 'invalid API version',
  4013: 'invalid intents',
  4014: 'disallowed intents: an intent is not enabled for this application in the Developer Portal',
};

/** Which shards this process runs: explicit ids across machines, a count, or Discord's recommendation. */
export function shardOptions(sharding: Config['sharding']): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (!sharding) return { shards: [0], shardCount: 1 };
  if (sharding.count === 'auto') return { shards: 'auto' };
  const ids = sharding.ids ?? Array.from({ length: sharding.count }, (_, i) => i);
  return { shards: ids, shardCount: sharding.count };
}

export interface Bot {
  client: Client;
  /** Shard id → gateway ping in ms. */
  pings(): [number, number][];
  /** Ids of the shards whose gateway connection is ready, and of all this process runs. */
  shards(): { ready: number[]; all: number[] };
  stop(): Promise<void>;
}

/** How long a shutdown waits for the interactions in flight. */
const DRAIN_MS = 5_000;

export async function startBot(opts: BotOptions): Promise<Bot> {
  const { config, log } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // Slash commands read nothing from these caches; left unbounded, every member who runs a
    // command would stay in memory for good.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...shardOptions(config.sharding),
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const router = createRouter({
    commands: opts.commands,
    kb: opts.kb,
    log,
    ...(opts.pageTtlMs !== undefined ? { pageTtlMs: opts.pageTtlMs } : {}),
    ...(opts.cooldown ? { cooldown: new Cooldown(opts.cooldown.max, opts.cooldown.windowMs) } : {}),
    ...(opts.observe ? { observe: opts.observe } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void router.route(interaction));
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, application: c.application.id, guilds: c.guilds.cache.size }, 'connected to Discord'));
  let stopping = false;
  // discord.js emits this only for a close it will not recover from.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return;
    const meaning = FATAL_CLOSE_CODES[event.code] ?? 'Discord closed the connection for good';
    log.error({ shard, code: event.code, meaning }, `gateway closed with ${event.code}: ${meaning}`);
    opts.onFatal?.(event.code);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'client warning'));
  // discord.js retries a 5xx by itself, so the interaction may still be answered: say it happened.
  client.rest.on('response', (request, response) => {
    if (response.status >= 500) {
      log.warn({ method: request.method, route: request.route, status: response.status, retry: request.retries }, 'Discord answered with a server error');
    }
  });

  await client.login(config.token);
  return {
    client,
    pings: () => [...client.ws.shards.values()].map((s) => [s.id, s.ping]),
    shards: () => ({
      ready: [...client.ws.shards.values()].filter((s) => s.status === Status.Ready).map((s) => s.id),
      all: [...client.ws.shards.keys()],
    }),
    async stop() {
      stopping = true;
      // Answer what is in flight (new arrivals get a short notice), then disconnect.
      await Promise.race([router.drain(), new Promise((r) => setTimeout(r, DRAIN_MS).unref())]);
      log.info('disconnecting from Discord');
      await client.destroy();
    },
  };
}
