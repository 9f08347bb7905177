// npm run start:sharded against a loopback Discord that recommends two shards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from '../../testing/fake-discord.js';
import { type BotProcess, DUMMY_TOKEN, BUILT, startProcess } from '../../testing/process.js';

let discord: FakeDiscord;
let manager: BotProcess;
let metricsPort = 0;

const titleOf = (data: Record<string, unknown> | undefined) => (data?.embeds as { title: string }[])[0]!.title;

beforeAll(async () => {
  discord = await new FakeDiscord({ shards: 2, heartbeatMs: 300 }).start();
  manager = startProcess(BUILT.sharded, {
    DISCORD_TOKEN: DUMMY_TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    LOG_LEVEL: 'info',
    METRICS_PORT: '0',
    SHARD_SPAWN_DELAY_MS: '0',
  });
  await manager.waitForLog((l) => l.msg === 'all shards spawned', 60_000);
  await discord.waitForReady(0);
  await discord.waitForReady(1);
  metricsPort = Number((await manager.waitForLog((l) => l.msg === 'metrics listening' && l.role === 'manager')).port);
}, 70_000);

afterAll(async () => {
  if (manager.child.exitCode === null) manager.child.kill('SIGKILL');
  await discord.stop();
});

describe('sharding', () => {
  it('follows the recommended count: two processes identify as [0,2] and [1,2], Guilds intent only', () => {
    expect(manager.lines.find((l) => l.msg === 'shard count recommended by Discord')).toMatchObject({ shards: 2 });
    expect(discord.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discord.identifies.every((i) => i.intents === 1)).toBe(true);
  });

  it('an interaction sent on each shard is answered by that shard, whose log lines carry its id', async () => {
    for (const shard of [0, 1]) {
      const { id, reply } = discord.command('meeting', { query: '2018' }, { shard });
      expect(titleOf((await reply).data)).toBe('Fourth Japan–France two-plus-two');
      const line = await manager.waitForLog((l) => l.interaction === id);
      expect(line).toMatchObject({ shard, shards: [shard] });
    }
  });

  it('one /healthz and /metrics for all shards', async () => {
    await new Promise((r) => setTimeout(r, 1000)); // a heartbeat round trip on each shard, for the ping
    const health = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', totalShards: 2, readyShards: expect.arrayContaining([0, 1]) });
    const before = await counter();
    await discord.command('agreement', { query: 'ACSA' }, { shard: 0 }).reply;
    await discord.command('agreement', { query: 'ACSA' }, { shard: 1 }).reply;
    await new Promise((r) => setTimeout(r, 50));
    expect(await counter()).toBe(before + 2);
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(text).toMatch(/bot_gateway_ping_seconds\{shard="0"\}/);
    expect(text).toMatch(/bot_gateway_ping_seconds\{shard="1"\}/);
  });

  it('a shard process that dies is noticed and respawned, and serves again', async () => {
    const spawned = manager.lines.filter((l) => l.msg === 'shard process spawned' && l.shard === 1).at(-1)!;
    const identifies = discord.identifiesOf(1);
    process.kill(Number(spawned.pid), 'SIGKILL');
    await manager.waitForLog((l) => l.msg === 'shard process died; respawning' && l.shard === 1, 15_000);
    const start = Date.now();
    while (discord.identifiesOf(1) === identifies && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 50));
    expect(discord.identifiesOf(1)).toBe(identifies + 1);
    await manager.waitForLog((l) => l.msg === 'connected to Discord' && JSON.stringify(l.shards) === '[1]' && l.pid !== spawned.pid, 30_000);
    const cb = await discord.command('quote', { query: 'Parly' }, { shard: 1 }).reply;
    expect(titleOf(cb.data)).toContain('Florence Parly');
  }, 60_000);

  it('Discord saw no violation, and SIGTERM stops every shard with exit 0', async () => {
    expect(discord.violations).toEqual([]);
    manager.child.kill('SIGTERM');
    expect(await manager.exit).toBe(0);
  }, 20_000);
});

async function counter(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('bot_interactions_total{') && l.includes('command="agreement"') && l.includes('outcome="answered"') && l.includes('type="command"'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}
