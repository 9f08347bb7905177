// The gateway bot. Order matters: signal handlers first (a SIGHUP during start-up is queued, not
// fatal), then data, then the metrics port (a taken port fails before IDENTIFY spends one of
// Discord's daily session starts), then the Discord connection.
import { loadConfigOrExit } from './config.js';
import { fail } from './fail.js';
import { installProcessHandlers } from './lifecycle.js';
import { loadServing, serialReloader } from './serving.js';
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

  let stop = async () => {};
  let serving = false;
  let reloadQueued = false;
  let reload = () => {
    reloadQueued = true;
    log.info('SIGHUP during start-up: the data will be reloaded once the bot is up');
  };
  const lifecycle = installProcessHandlers(process, log, { stop: () => stop(), reload: () => reload() }, (code) => process.exit(code));

  const loaded = await loadServing(config.dataDir, { log });
  let kb = loaded.kb;
  const { commands } = loaded;

  // Set once the Discord connection is up; health and pings read it before then too.
  const live: { bot?: Bot } = {};
  const metrics = new BotMetrics(() => live.bot?.pings() ?? []);
  metrics.loaded(kb);
  const started = Date.now();
  const health = (): Health => {
    const shards = live.bot?.shards() ?? { ready: [], all: [] };
    const ok = serving && shards.all.length > 0 && shards.ready.length === shards.all.length && kb.index.size() > 0;
    return {
      ok,
      body: { status: ok ? 'ok' : 'starting', shards: shards.all, readyShards: shards.ready, records: kb.index.size(), dataVersion: kb.knowledge.version, uptimeSeconds: Math.round((Date.now() - started) / 1000) },
    };
  };
  // Under the sharding manager, it serves one endpoint for every shard and asks each over IPC.
  if (process.env.SHARDING_MANAGER) answerShardRequests({ metrics: () => metrics.snapshot(), health });
  let endpoint: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  if (config.metrics && !process.env.SHARDING_MANAGER) {
    try {
      endpoint = await startMetricsServer({
        ...config.metrics,
        log,
        health: async () => health(),
        metrics: async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() }),
      });
    } catch (err) {
      fail(`METRICS_PORT ${config.metrics.port} on METRICS_HOST ${config.metrics.host} (the /healthz and /metrics endpoint) cannot be used: ${(err as Error).message}. Not connecting to Discord.`);
    }
  }
  stop = async () => {
    await endpoint?.close();
  };

  const bot = await startBot({
    config: { ...config, token },
    commands,
    kb: () => kb,
    log,
    cooldown: config.cooldown,
    observe: (e) => metrics.observe(e),
    // Serving nothing while looking alive is worse than exiting: a supervisor restarts a failure.
    onFatal: (code) => lifecycle.shutdown(1, `gateway close ${code}`),
  });
  live.bot = bot;
  stop = async () => {
    await endpoint?.close();
    await bot.stop();
  };
  serving = true;

  reload = serialReloader(config.dataDir, () => kb, (next) => (kb = next), metrics, log);
  if (reloadQueued) reload();
}
