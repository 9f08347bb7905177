// `npm run start:http`: the HTTP interactions endpoint. Needs DISCORD_PUBLIC_KEY and no bot token;
// stateless, so any number of replicas can serve behind a load balancer.
import { createAnswering } from './bot/answering.js';
import { Cooldown } from './bot/cooldown.js';
import { startHttpServer } from './bot/http.js';
import { loadConfigOrExit } from './config.js';
import { fail, loadEnvFile } from './fail.js';
import { installProcessHandlers } from './lifecycle.js';
import { loadServing, serialReloader } from './serving.js';
import { createLogger, prettyLogs } from './log.js';
import { BotMetrics, startMetricsServer } from './metrics.js';

async function serveHttp(): Promise<void> {
  loadEnvFile();
  const config = loadConfigOrExit();
  const { publicKey, port, host } = config.http;
  if (!publicKey) {
    fail('DISCORD_PUBLIC_KEY is not set: the HTTP endpoint needs the application’s Public Key (Developer Portal → General Information) to check that each interaction comes from Discord.');
  }
  const log = createLogger({ level: config.logLevel, secrets: config.token ? [config.token] : [], pretty: prettyLogs() });

  let stop = async () => {};
  let reload = () => log.info('SIGHUP during start-up: ignored, the data is being loaded now');
  installProcessHandlers(process, log, { stop: () => stop(), reload: () => reload() }, (code) => process.exit(code));

  const loaded = await loadServing(config.dataDir, { log });
  let kb = loaded.kb;
  const { commands } = loaded;
  const metrics = new BotMetrics();
  metrics.loaded(kb);
  const started = Date.now();
  const health = () => ({ ok: kb.index.size() > 0, body: { status: 'ok', records: kb.index.size(), dataVersion: kb.knowledge.version, uptimeSeconds: Math.round((Date.now() - started) / 1000) } });

  const endpoint = config.metrics
    ? await startMetricsServer({
        ...config.metrics,
        log,
        health: async () => health(),
        metrics: async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() }),
      }).catch((err: unknown) => fail(`METRICS_PORT ${config.metrics!.port} on METRICS_HOST ${config.metrics!.host} cannot be used: ${(err as Error).message}`))
    : undefined;

  const answering = createAnswering({ commands, kb: () => kb, cooldown: new Cooldown(config.cooldown.max, config.cooldown.windowMs) });
  const server = await startHttpServer({
    publicKey,
    host,
    port,
    answering,
    log,
    ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    observe: (e) => metrics.observe(e),
    health,
  }).catch((err: unknown) => fail(`HTTP_PORT ${port} on HTTP_HOST ${host} (the interactions endpoint) cannot be used: ${(err as Error).message}`));
  stop = async () => {
    await server.close();
    await endpoint?.close();
  };
  reload = serialReloader(config.dataDir, () => kb, (next) => (kb = next), metrics, log);
}

serveHttp().catch((err: unknown) => fail(err instanceof Error ? `Fatal: ${err.message}` : `Fatal: ${String(err)}`));
