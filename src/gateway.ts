// The gateway bot: configuration, data, metrics, then the Discord connection, with signals wired.
import { loadCommands } from './commands/registry.js';
import { loadConfigOrExit } from './config.js';
import { fail } from './fail.js';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge/base.js';
import { DataError } from './knowledge/problems.js';
import { installProcessHandlers, reloadKnowledge } from './lifecycle.js';
import { createLogger, prettyLogs } from './log.js';
import { BotMetrics, type Health, startMetricsServer } from './metrics.js';
import { answerShardRequests } from './shard-ipc.js';
import { type Bot, startBot } from './bot/discord.js';

export async function runGateway(): Promise<void> {
  const config = loadConfigOrExit();
  const token = config.token!;
  const log = createLogger({
    level: config.logLevel,
    secrets: [token],
    pretty: prettyLogs(),
    ...(config.sharding ? { base: { shards: config.sharding.ids ?? config.sharding.count } } : {}),
  });

  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledgeBase(config.dataDir);
  } catch (err) {
    if (err instanceof DataError) fail(err.message);
    throw err;
  }
  const commands = await loadCommands();
  log.info({ records: kb.index.size(), version: kb.knowledge.version, commands: commands.list.length }, 'knowledge base loaded');

  // Installed before logging in, so a failure during start-up is logged and shut down too.
  let stop = async () => {};
  let reload = () => log.warn('SIGHUP before start-up finished: the data just loaded is served');
  installProcessHandlers(process, log, { stop: () => stop(), reload: () => reload() }, (code) => process.exit(code));

  let pings: Bot['pings'] = () => [];
  const metrics = new BotMetrics(() => pings());
  metrics.loaded(kb);
  const running = await startBot({ config: { ...config, token }, commands, kb: () => kb, log, cooldown: config.cooldown, observe: (e) => metrics.observe(e) });
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
  // Under the sharding manager, it serves one endpoint for every shard and asks each over IPC.
  if (process.env.SHARDING_MANAGER) answerShardRequests({ metrics: () => metrics.snapshot(), health });
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
  // One reload at a time: a second SIGHUP waits for the first.
  let reloading = Promise.resolve();
  reload = () => {
    reloading = reloading.then(async () => {
      const next = await reloadKnowledge(() => loadKnowledgeBase(config.dataDir), kb, log);
      if (next === kb) metrics.loadFailed();
      else metrics.loaded(next);
      kb = next;
    });
  };
}
