// `npm run bench:e2e`: interactions through the loopback Discord to this bot and, in the same run,
// to a bare discord.js bot answering a constant embed (the floor). Latency is from dispatch on the
// gateway to the callback received. The last line printed is one JSON object (see issue 5).
import { readFileSync } from 'node:fs';
import { APP_ID, FakeDiscord } from '../test/fake-discord/server';
import { type BotProcess, DUMMY_TOKEN, startProcess } from '../test/helpers/process';

const N = Number(process.env.BENCH_E2E_N ?? 2000);
const RATE = Number(process.env.BENCH_E2E_RATE ?? 200); // interactions per second
const WARMUP = Number(process.env.BENCH_E2E_WARMUP ?? 300);
const QUERIES: [string, string][] = [
  ['meeting', '2018'],
  ['quote', 'Parly'],
  ['agreement', 'ACSA'],
  ['person', 'Le Drian'],
  ['meeting', 'Paris'],
  ['agreement', 'Vendemiaire'],
];

/** The bot process's resident memory, from /proc (Linux). */
function rssMb(t: { bot: BotProcess }): number {
  try {
    const status = readFileSync(`/proc/${t.bot.child.pid!}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number, d = 3) => Number(x.toFixed(d));

interface Target {
  label: string;
  discord: FakeDiscord;
  bot: BotProcess;
  latencies: number[];
}

async function launch(script: string, label: string): Promise<Target> {
  const discord = await new FakeDiscord().start();
  const bot = startProcess(script, { DISCORD_TOKEN: DUMMY_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info' });
  await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
  await discord.waitForReady();
  bot.quiet();
  return { label, discord, bot, latencies: [] };
}

/**
 * Sends `count` interactions to each target at RATE per second, the two interleaved half an
 * interval apart, so both bots run under the same machine conditions.
 */
async function drive(targets: Target[], count: number, record: boolean): Promise<number> {
  const pending: Promise<void>[] = [];
  const interval = 1000 / RATE;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    for (const [n, target] of targets.entries()) {
      const due = start + i * interval + (n * interval) / targets.length;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const [command, query] = QUERIES[i % QUERIES.length]!;
      const { id, reply } = target.discord.command(command, { query });
      pending.push(
        Promise.race([reply, new Promise<null>((r) => setTimeout(() => r(null), 5000).unref())]).then((cb) => {
          if (cb && record) target.latencies.push(cb.latencyMs);
          target.discord.forget(id);
        }),
      );
    }
  }
  await Promise.all(pending);
  return (performance.now() - start) / 1000;
}

console.log(`${N} interactions each at ${RATE}/s after ${WARMUP} warm-up, this bot and the floor interleaved, through loopback Discords:`);
const targets = [await launch('src/main.ts', 'bot'), await launch('scripts/floor-bot.ts', 'floor')];
await drive(targets, WARMUP, false);
const rssStart = targets.map(rssMb);
const seconds = await drive(targets, N, true);
const rssEnd = targets.map(rssMb);
const results = targets.map((t, i) => {
  const sorted = t.latencies.sort((a, b) => a - b);
  const r = { p50: pct(sorted, 50), p99: pct(sorted, 99), answered: sorted.length, throughput: sorted.length / seconds, rssStart: rssStart[i]!, rssEnd: rssEnd[i]!, violations: t.discord.violations.length };
  console.log(
    `${t.label.padEnd(6)} p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms, answered ${r.answered}/${N}, ${round(r.throughput, 1)}/s, ` +
      `RSS ${round(r.rssStart, 1)} → ${round(r.rssEnd, 1)} MB, Discord-side violations ${r.violations}`,
  );
  return r;
});
for (const t of targets) {
  t.bot.child.kill('SIGTERM');
  await t.bot.exit;
  await t.discord.stop();
}
const [bot, floor] = results as [(typeof results)[number], (typeof results)[number]];
console.log(
  JSON.stringify({
    bot_p50_ms: round(bot.p50),
    bot_p99_ms: round(bot.p99),
    floor_p50_ms: round(floor.p50),
    floor_p99_ms: round(floor.p99),
    ratio_p50: round(bot.p50 / floor.p50, 2),
    ratio_p99: round(bot.p99 / floor.p99, 2),
    answered: bot.answered,
    sent: N,
    rss_mb_start: round(bot.rssStart, 1),
    rss_mb_end: round(bot.rssEnd, 1),
    floor_answered: floor.answered,
    throughput_per_s: round(bot.throughput, 1),
    violations: bot.violations + floor.violations,
  }),
);
