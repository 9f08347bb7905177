// `npm run start:sharded`: discord.js's ShardingManager runs one process per shard, each loading the
// same read-only knowledge base, respawns a shard whose process dies, and serves one /healthz and
// /metrics for all of them. SHARD_COUNT (default: Discord's recommendation) and SHARD_IDS (this
// machine's share) let a fleet split shards across machines with no coordinator of ours.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { Routes, ShardingManager } from 'discord.js';
import { AggregatorRegistry } from 'prom-client';
import { loadConfigOrExit } from './config.js';
import { fail, loadEnvFile } from './fail.js';
import { installProcessHandlers } from './lifecycle.js';
import { createLogger, prettyLogs } from './log.js';
import { type Health, startMetricsServer } from './metrics.js';
import { restClient } from './rest.js';
import { askShard } from './shard-ipc.js';

loadEnvFile();

// The built entry beside this one: dist/src/main.js, run with plain node like this manager.
const mainFile = fileURLToPath(new URL('./main.js', import.meta.url));

async function run(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.token) fail('npm run start:sharded needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example); without a token, npm start opens the local console.');
  const token = config.token;
  const log = createLogger({ level: config.logLevel, secrets: [token], pretty: prettyLogs(), base: { role: 'manager' } });

  let total: number;
  if (config.sharding && config.sharding.count !== 'auto') {
    total = config.sharding.count;
  } else {
    // discord.js's own helper always asks discord.com; this honours DISCORD_API_URL.
    total = ((await restClient(token, config.apiUrl).get(Routes.gatewayBot())) as { shards: number }).shards;
    log.info({ shards: total }, 'shard count recommended by Discord');
  }
  const shardList = config.sharding?.ids ?? 'auto';
  const manager = new ShardingManager(mainFile, { token, totalShards: total, shardList, mode: 'process', respawn: true, execArgv: ['--enable-source-maps'] });

  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, pid: shard.process?.pid }, 'shard process started');
    // mode: 'process', so the handle is a ChildProcess.
    const pidOf = (child: ChildProcess | Worker) => ('pid' in child ? child.pid : undefined);
    shard.on('spawn', (child) => log.info({ shard: shard.id, pid: pidOf(child) }, 'shard process spawned'));
    shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'));
    shard.on('death', (child) => log.warn({ shard: shard.id, pid: pidOf(child), exitCode: 'exitCode' in child ? child.exitCode : null }, 'shard process died; respawning'));
  });

  const gather = async <T>(what: 'metrics' | 'health') => Promise.allSettled([...manager.shards.values()].map((s) => askShard<T>(s, what)));

  const endpoint = config.metrics
    ? await startMetricsServer({
        ...config.metrics,
        log,
        async health(): Promise<Health> {
          const results = await gather<Health>('health');
          const shards = results.map((r, i) => (r.status === 'fulfilled' ? r.value.body : { status: 'unreachable', shard: [...manager.shards.keys()][i] }));
          const ok = results.length === (shardList === 'auto' ? total : shardList.length) && results.every((r) => r.status === 'fulfilled' && r.value.ok);
          const ready = results.flatMap((r) => (r.status === 'fulfilled' ? (r.value.body.readyShards as number[]) : []));
          return { ok, body: { status: ok ? 'ok' : 'degraded', totalShards: total, readyShards: ready, processes: shards } };
        },
        async metrics() {
          const results = await gather<object[]>('metrics');
          const registry = AggregatorRegistry.aggregate(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
          return { contentType: registry.contentType, text: await registry.metrics() };
        },
      })
    : undefined;

  installProcessHandlers(
    process,
    log,
    {
      async stop() {
        for (const shard of manager.shards.values()) shard.kill();
        await endpoint?.close();
      },
      // Each shard process reloads its own data.
      reload: () => manager.shards.forEach((shard) => shard.process?.kill('SIGHUP')),
    },
    (code) => process.exit(code),
  );

  await manager.spawn({ amount: total, delay: config.shardSpawnDelayMs, timeout: 60_000 });
  log.info({ shards: [...manager.shards.keys()], total }, 'all shards spawned');
}

run().catch((err: unknown) => {
  console.error(`Fatal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
