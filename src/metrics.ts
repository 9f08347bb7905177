// Prometheus metrics (prom-client, the ecosystem's standard) and the /healthz and /metrics endpoint.
// Off unless METRICS_PORT is set; on 127.0.0.1 unless METRICS_HOST says otherwise.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, type MetricObjectWithValues, type MetricValue, Registry, collectDefaultMetrics } from 'prom-client';
import type { KnowledgeBase } from './knowledge/base.js';
import { KINDS } from './knowledge/search.js';
import type { Logger } from './log.js';

export interface InteractionEvent {
  type: 'command' | 'autocomplete' | 'button' | 'other';
  command: string;
  outcome: string;
  seconds: number;
}

export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<'type' | 'command' | 'outcome'>;
  private readonly latency: Histogram<'type' | 'command'>;
  private readonly autocompleteLatency: Histogram<'command'>;
  private readonly records: Gauge<'kind'>;
  private readonly lastLoad: Gauge;
  private readonly lastLoadOk: Gauge;
  private readonly loads: Counter<'result'>;

  constructor(shardPings: () => [number, number][] = () => []) {
    collectDefaultMetrics({ register: this.registry });
    this.interactions = new Counter({ name: 'bot_interactions_total', help: 'Interactions handled, by type, command and outcome', labelNames: ['type', 'command', 'outcome'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'bot_interaction_duration_seconds',
      help: 'Time from receiving a command or button press to Discord accepting the answer',
      labelNames: ['type', 'command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
      registers: [this.registry],
    });
    this.autocompleteLatency = new Histogram({
      name: 'bot_autocomplete_duration_seconds',
      help: 'Time to answer an autocomplete request',
      labelNames: ['command'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [this.registry],
    });
    this.records = new Gauge({ name: 'bot_index_records', help: 'Records in the search index, by kind', labelNames: ['kind'], registers: [this.registry], aggregator: 'max' });
    this.lastLoad = new Gauge({ name: 'bot_data_last_load_timestamp_seconds', help: 'When the knowledge base was last loaded or reload was attempted', registers: [this.registry], aggregator: 'max' });
    this.lastLoadOk = new Gauge({ name: 'bot_data_last_load_success', help: '1 if the last load or reload succeeded, else 0', registers: [this.registry], aggregator: 'min' });
    this.loads = new Counter({ name: 'bot_data_loads_total', help: 'Knowledge base loads and reloads, by result', labelNames: ['result'], registers: [this.registry] });
    new Gauge({
      name: 'bot_gateway_ping_seconds',
      help: 'Gateway heartbeat round trip, by shard',
      labelNames: ['shard'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [shard, ms] of shardPings()) if (ms >= 0) this.set({ shard: String(shard) }, ms / 1000);
      },
    });
  }

  observe(e: InteractionEvent): void {
    this.interactions.inc({ type: e.type, command: e.command, outcome: e.outcome });
    if (e.type === 'autocomplete') this.autocompleteLatency.observe({ command: e.command }, e.seconds);
    else this.latency.observe({ type: e.type, command: e.command }, e.seconds);
  }

  loaded(kb: KnowledgeBase): void {
    for (const kind of KINDS) this.records.set({ kind }, kb.index.size(kind));
    this.lastLoad.set(Date.now() / 1000);
    this.lastLoadOk.set(1);
    this.loads.inc({ result: 'ok' });
  }

  loadFailed(): void {
    this.lastLoad.set(Date.now() / 1000);
    this.lastLoadOk.set(0);
    this.loads.inc({ result: 'failed' });
  }

  /** For the sharding manager, which aggregates every shard's metrics into one endpoint. */
  snapshot(): Promise<MetricObjectWithValues<MetricValue<string>>[]> {
    return this.registry.getMetricsAsJSON();
  }
}

export interface Health {
  ok: boolean;
  body: Record<string, unknown>;
}

export interface MetricsEndpoint {
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(opts: {
  port: number;
  host: string;
  metrics: () => Promise<{ contentType: string; text: string }>;
  health: () => Promise<Health>;
  log: Logger;
}): Promise<MetricsEndpoint> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const fail = (err: unknown) => {
      opts.log.error({ err, path }, 'metrics endpoint failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      opts.health().then((h) => {
        res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(h.body));
      }, fail);
    } else if (path === '/metrics') {
      opts.metrics().then((m) => {
        res.writeHead(200, { 'content-type': m.contentType });
        res.end(m.text);
      }, fail);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  opts.log.info({ host: opts.host, port }, 'metrics listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A half-sent request (or a keep-alive scraper) would hold close() open until it gives up.
        server.closeAllConnections();
      }),
  };
}
