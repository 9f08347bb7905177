// `npm start`: with DISCORD_TOKEN, the bot; without, the local console. `npm start -- "/quote Parly"`
// answers once and exits (0 answered, 1 nothing found, 2 not a command).
import dotenv from 'dotenv';
import { loadCommands } from './commands/registry';
import { loadConfigOrExit } from './config';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge/base';
import { DataError } from './knowledge/load';
import { createLogger } from './log';
import { installProcessHandlers, reloadKnowledge } from './lifecycle';
import { langOf } from './render/i18n';
import { CONNECT_HINT, EXIT_CODES, answerLine, runInteractiveConsole } from './console/console';
import { type Bot, startBot } from './bot/discord';
import { BotMetrics, type Health, startMetricsServer } from './metrics';

dotenv.config({ quiet: true });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: string[]): { locale?: string; line?: string } {
  const out: { locale?: string; line?: string } = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--locale') out.locale = argv[++i];
    else if (a.startsWith('--locale=')) out.locale = a.slice('--locale='.length);
    else rest.push(a);
  }
  if (rest.length > 0) out.line = rest.join(' ');
  return out;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const args = parseArgs(process.argv.slice(2));
  const consoleMode = !config.token || args.line !== undefined;
  const log = createLogger({
    level: consoleMode && !process.env.LOG_LEVEL ? 'warn' : config.logLevel,
    secrets: config.token ? [config.token] : [],
    fd: consoleMode ? 2 : 1,
    pretty: Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production',
    ...(config.sharding ? { base: { shards: config.sharding.ids ?? config.sharding.count } } : {}),
  });

  let kb: KnowledgeBase;
  try {
    kb = loadKnowledgeBase(config.dataDir);
  } catch (err) {
    if (err instanceof DataError) fail(err.message);
    throw err;
  }
  const commands = await loadCommands();
  log.info({ records: kb.index.size(), version: kb.knowledge.version, commands: commands.list.length }, 'knowledge base loaded');

  if (consoleMode) {
    if (args.line !== undefined) {
      const answer = answerLine(args.line, commands, kb, langOf(args.locale));
      console.log(answer.text);
      if (!config.token) console.error(`\n${CONNECT_HINT}`);
      process.exitCode = EXIT_CODES[answer.status];
      return;
    }
    await runInteractiveConsole(commands, () => kb, args.locale);
    return;
  }

  // Installed before logging in, so a failure during start-up is logged and shut down too.
  let stop = async () => {};
  installProcessHandlers(process, log, () => stop(), (code) => process.exit(code));

  let pings: Bot['pings'] = () => [];
  const metrics = new BotMetrics(() => pings());
  metrics.loaded(kb);
  const running = await startBot({ config: { ...config, token: config.token! }, commands, kb: () => kb, log, cooldown: config.cooldown, observe: (e) => metrics.observe(e) });
  pings = () => running.pings();
  const started = Date.now();
  const health = (): Health => {
    const shards = running.shards();
    const ok = shards.all.length > 0 && shards.ready.length === shards.all.length && kb.index.size() > 0;
    return {
      ok,
      body: { status: ok ? 'ok' : 'starting', shards: shards.all, readyShards: shards.ready, records: kb.index.size(), dataVersion: kb.knowledge.version, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
    };
  };
  // Under the sharding manager, it serves one endpoint for every shard and asks each through these.
  Object.assign(running.client, { botMetrics: () => metrics.snapshot(), botHealth: health });
  const endpoint =
    config.metrics && !process.env.SHARDING_MANAGER
      ? await startMetricsServer({
          ...config.metrics,
          log,
          health: async () => health(),
          metrics: async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() }),
        })
      : undefined;

  stop = async () => {
    await endpoint?.close();
    await running.stop();
  };
  process.on('SIGHUP', () => {
    const next = reloadKnowledge(() => loadKnowledgeBase(config.dataDir), kb, log);
    if (next === kb) metrics.loadFailed();
    else metrics.loaded(next);
    kb = next;
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `Fatal: ${err.message}` : err);
  process.exit(1);
});
