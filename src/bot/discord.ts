// Logs in with the Guilds intent only (slash commands need no more) and serves interactions.
import { Client, type ClientOptions, Events, GatewayIntentBits, Options, Status } from 'discord.js';
import type { InteractionEvent } from '../metrics.js';
import type { CommandSet } from '../commands/registry.js';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Logger } from '../log.js';
import { Cooldown } from './cooldown.js';
import { Paginator } from './paginator.js';
import { createRouter } from './router.js';

export interface BotOptions {
  config: Config & { token: string };
  commands: CommandSet;
  kb: () => KnowledgeBase;
  log: Logger;
  pageTimeoutMs?: number;
  cooldown?: { max: number; windowMs: number };
  observe?: (event: InteractionEvent) => void;
}

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
  const paginator = new Paginator({ timeoutMs: opts.pageTimeoutMs ?? 120_000 });
  const route = createRouter({
    commands: opts.commands,
    kb: opts.kb,
    log,
    paginator,
    ...(opts.cooldown ? { cooldown: new Cooldown(opts.cooldown.max, opts.cooldown.windowMs) } : {}),
    ...(opts.observe ? { observe: opts.observe } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, application: c.application.id, guilds: c.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
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
      paginator.close();
      await client.destroy();
    },
  };
}
