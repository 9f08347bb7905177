// `npm run start:sharded`: discord.js's ShardingManager runs one process per shard, each loading the
// same read-only knowledge base, respawns a shard whose process dies, and serves one /healthz and
// /metrics for all of them. SHARD_COUNT (default: Discord's recommendation) and SHARD_IDS (this
// machine's share) let a fleet split shards across machines with no coordinator of ours.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { REST, Routes, ShardingManager } from 'discord.js';
import dotenv from 'dotenv';
import { AggregatorRegistry } from 'prom-client';
import { loadConfigOrExit } from './config';
import { createLogger } from './log';
import { type Health, startMetricsServer } from './metrics';

dotenv.config({ quiet: true });

const mainFile = fileURLToPath(new URL('./main.ts', import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function run(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.token) fail('npm run start:sharded needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example); without a token, npm start opens the local console.');
  const token = config.token;
  const log = createLogger({ level: config.logLevel, secrets: [token], pretty: Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production', base: { role: 'manager' } });

  let total: number;
  if (config.sharding && config.sharding.count !== 'auto') {
    total = config.sharding.count;
  } else {
    // discord.js's own helper always asks discord.com; this honours DISCORD_API_URL.
    const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(token);
    total = ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
    log.info({ shards: total }, 'shard count recommended by Discord');
  }
  const shardList = config.sharding?.ids ?? 'auto';
  const manager = new ShardingManager(mainFile, { token, totalShards: total, shardList, mode: 'process', respawn: true, execArgv: ['--import', 'tsx'] });

  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, pid: shard.process?.pid }, 'shard process started');
    // mode: 'process', so the handle is a ChildProcess.
    const pidOf = (child: ChildProcess | Worker) => ('pid' in child ? child.pid : undefined);
    shard.on('spawn', (child) => log.info({ shard: shard.id, pid: pidOf(child) }, 'shard process spawned'));
    shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'));
    shard.on('death', (child) => log.warn({ shard: shard.id, pid: pidOf(child), exitCode: 'exitCode' in child ? child.exitCode : null }, 'shard process died; respawning'));
  });

  const gather = async <T>(fn: string) =>
    Promise.allSettled([...manager.shards.values()].map((s) => s.eval(`this.${fn}()`) as Promise<T>));

  const endpoint = config.metrics
    ? await startMetricsServer({
        ...config.metrics,
        log,
        async health(): Promise<Health> {
          const results = await gather<Health>('botHealth');
          const shards = results.map((r, i) => (r.status === 'fulfilled' ? r.value.body : { status: 'unreachable', shard: [...manager.shards.keys()][i] }));
          const ok = results.length === (shardList === 'auto' ? total : shardList.length) && results.every((r) => r.status === 'fulfilled' && r.value.ok);
          const ready = results.flatMap((r) => (r.status === 'fulfilled' ? (r.value.body.readyShards as number[]) : []));
          return { ok, body: { status: ok ? 'ok' : 'degraded', totalShards: total, readyShards: ready, processes: shards } };
        },
        async metrics() {
          const results = await gather<object[]>('botMetrics');
          const registry = AggregatorRegistry.aggregate(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
          return { contentType: registry.contentType, text: await registry.metrics() };
        },
      })
    : undefined;

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down all shards');
    for (const shard of manager.shards.values()) shard.kill();
    void (endpoint?.close() ?? Promise.resolve()).finally(() => {
      log.flush();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await manager.spawn({ amount: total, delay: config.shardSpawnDelayMs, timeout: 60_000 });
  log.info({ shards: [...manager.shards.keys()], total }, 'all shards spawned');
}

run().catch((err: unknown) => {
  console.error(`Fatal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
