// Logs in with the Guilds intent only (slash commands need no more) and serves interactions.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { CommandSet } from '../commands/registry';
import type { Config } from '../config';
import type { KnowledgeBase } from '../knowledge/base';
import type { Logger } from '../log';
import { Cooldown } from './cooldown';
import { Paginator } from './paginator';
import { createRouter } from './router';

export interface BotOptions {
  config: Config & { token: string };
  commands: CommandSet;
  kb: () => KnowledgeBase;
  log: Logger;
  pageTimeoutMs?: number;
  cooldown?: { max: number; windowMs: number };
}

export interface Bot {
  client: Client;
  paginator: Paginator;
  stop(): Promise<void>;
}

export async function startBot(opts: BotOptions): Promise<Bot> {
  const { config, log } = opts;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const paginator = new Paginator({ timeoutMs: opts.pageTimeoutMs ?? 120_000 });
  const route = createRouter({
    commands: opts.commands,
    kb: opts.kb,
    log,
    paginator,
    ...(opts.cooldown ? { cooldown: new Cooldown(opts.cooldown.max, opts.cooldown.windowMs) } : {}),
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
    paginator,
    async stop() {
      paginator.close();
      await client.destroy();
    },
  };
}
