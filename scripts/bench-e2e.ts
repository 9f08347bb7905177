// `npm run bench:e2e`: interactions through the loopback Discord to this bot and, in the same run,
// to a bare discord.js bot answering a constant embed (the floor). Latency is from dispatch on the
// gateway to the callback received. The last line printed is one JSON object (see issue 5).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import path from 'node:path';
import WebSocket from 'ws';
import { renderPages } from '../src/bot/render.js';
import { loadCommands } from '../src/commands/registry.js';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { defaultDataDir } from '../src/paths.js';
import { APP_ID, FakeDiscord } from '../testing/fake-discord.js';
import { type BotProcess, DUMMY_TOKEN, GUARDED_NODE_OPTIONS, BUILT, startProcess } from '../testing/process.js';

const N = Number(process.env.BENCH_E2E_N ?? 2000);
const RATE = Number(process.env.BENCH_E2E_RATE ?? 200); // interactions per second
// V8 grows its heap for the first seconds; RSS reaches its plateau after about 10 s at 200/s.
const WARMUP = Number(process.env.BENCH_E2E_WARMUP ?? 2000);
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

// RSS sampled every 500 ms while driving (its peak is reported; BENCH_E2E_RSS_TRACE=1 prints it all):
// what a process holds at its worst between collections, beside what survives one (`collect`).
const rssTrace: string[] = [];
const rssPeak = new Map<Target, number>();

/**
 * A full garbage collection in the target, through its inspector, then its memory: RSS alone
 * lands anywhere on V8's GC sawtooth, and what a leak grows is the heap that survives a full GC.
 */
async function collect(t: Target): Promise<{ heapMb: number; rssMb: number }> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(t.bot.output())?.[1];
  if (!url) throw new Error(`${t.label}: the inspector did not start`);
  const ws = new WebSocket(url);
  await once(ws, 'open');
  let next = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++next;
      const onMessage = (raw: WebSocket.RawData) => {
        const m = JSON.parse(String(raw)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (m.id !== id) return;
        ws.off('message', onMessage);
        if (m.error) reject(new Error(`${method}: ${m.error.message}`));
        else resolve(m.result ?? {});
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call('HeapProfiler.collectGarbage');
  const r = (await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true })) as { result: { value: number } };
  ws.close();
  await once(ws, 'close');
  return { heapMb: r.result.value / 2 ** 20, rssMb: rssMb(t) };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number, d = 3) => Number(x.toFixed(d));

interface Target {
  label: string;
  discord: FakeDiscord;
  bot: BotProcess;
}

async function launch(script: string, label: string, env: Record<string, string> = {}): Promise<Target> {
  const discord = await new FakeDiscord().start();
  // The inspector (loopback, idle until `collect`) lets the bench run a full GC before it reads memory.
  const bot = startProcess(script, {
    DISCORD_TOKEN: DUMMY_TOKEN,
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    NODE_OPTIONS: `${GUARDED_NODE_OPTIONS} --inspect=127.0.0.1:0`,
    ...env,
  });
  // Ready when the Discord side has seen it identify and has sent its guild: needs no log line.
  await discord.waitForReady(0, 30_000);
  await new Promise((r) => setTimeout(r, 500));
  bot.quiet();
  return { label, discord, bot };
}

/**
 * Sends `count` interactions to each target at RATE per second, interleaved evenly within each
 * interval, so the targets run under the same machine conditions. Returns each one's latencies.
 */
async function drive(targets: Target[], count: number): Promise<{ latencies: number[][]; seconds: number }> {
  const latencies: number[][] = targets.map(() => []);
  const sampler = setInterval(() => {
    const now = targets.map((t) => rssMb(t));
    targets.forEach((t, n) => rssPeak.set(t, Math.max(rssPeak.get(t) ?? 0, now[n]!)));
    rssTrace.push(now.map((mb) => round(mb, 0)).join('/'));
  }, 500);
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
          if (cb) latencies[n]!.push(cb.latencyMs);
          target.discord.forget(id);
        }),
      );
    }
  }
  await Promise.all(pending);
  clearInterval(sampler);
  return { latencies: latencies.map((l) => l.sort((a, b) => a - b)), seconds: (performance.now() - start) / 1000 };
}

function summary(label: string, sorted: number[], seconds: number, extra = '') {
  const r = { p50: pct(sorted, 50), p99: pct(sorted, 99), answered: sorted.length, throughput: sorted.length / seconds };
  console.log(`  ${label.padEnd(6)} p50 ${round(r.p50)} ms, p99 ${round(r.p99)} ms, answered ${r.answered}/${N}, ${round(r.throughput, 1)}/s${extra}`);
  return r;
}

// The second floor answers with one of this bot's own replies, so the two floors tell apart
// the cost of sending a cited answer (its size) from the cost of finding and rendering it.
const kb = await loadKnowledgeBase(defaultDataDir);
const sample = await (await loadCommands()).get('agreement')!.execute({ options: { query: 'ACSA' }, lang: 'en', kb, catalogue: () => [] });
const sizedFile = path.join(mkdtempSync(path.join(tmpdir(), 'floor-')), 'embeds.json');
writeFileSync(sizedFile, JSON.stringify(renderPages(sample.cards, 'en')[0]));

console.log(`${N} interactions per target at ${RATE}/s after ${WARMUP} warm-up, through loopback Discords, in two interleaved passes:`);
const [bot, floor, sized] = [
  await launch(BUILT.main, 'bot'),
  await launch('scripts/floor-bot.ts', 'floor'),
  await launch('scripts/floor-bot.ts', 'sized', { FLOOR_EMBEDS_FILE: sizedFile }),
] as [Target, Target, Target];
await drive([bot, floor, sized], WARMUP);
const botStart = await collect(bot);
const floorStart = await collect(floor);
rssPeak.clear();
rssTrace.length = 0;

console.log('pass 1: this bot against the floor (a constant one-line embed)');
const one = await drive([bot, floor], N);
const b1 = summary('bot', one.latencies[0]!, one.seconds);
const f1 = summary('floor', one.latencies[1]!, one.seconds);
const floorEnd = await collect(floor);
console.log(`pass 2: this bot against a floor answering with one of this bot's own replies (${statSync(sizedFile).size} bytes of embeds)`);
const two = await drive([bot, sized], N);
const b2 = summary('bot', two.latencies[0]!, two.seconds);
const s2 = summary('sized', two.latencies[1]!, two.seconds);
const botEnd = await collect(bot);
const rssMax = rssPeak.get(bot) ?? botEnd.rssMb;
const floorRssMax = rssPeak.get(floor) ?? floorEnd.rssMb;
const mb = (x: number) => `${round(x, 1)} MB`;
console.log('  memory after a full GC, after warm-up → after the passes (RSS, heap in use), and peak RSS while driving:');
console.log(`  bot    RSS ${mb(botStart.rssMb)} → ${mb(botEnd.rssMb)}, heap ${mb(botStart.heapMb)} → ${mb(botEnd.heapMb)}, peak ${mb(rssMax)} (both passes)`);
console.log(`  floor  RSS ${mb(floorStart.rssMb)} → ${mb(floorEnd.rssMb)}, heap ${mb(floorStart.heapMb)} → ${mb(floorEnd.heapMb)}, peak ${mb(floorRssMax)} (pass 1)`);
if (process.env.BENCH_E2E_RSS_TRACE) console.log(`  RSS every 500 ms (MB, bot/floor in pass 1, bot/sized in pass 2): ${rssTrace.join(' ')}`);
const violations = bot.discord.violations.length + floor.discord.violations.length + sized.discord.violations.length;
for (const t of [bot, floor, sized]) {
  t.bot.child.kill('SIGTERM');
  await t.bot.exit;
  await t.discord.stop();
}
// The cold burst: a freshly started process (bot, then bare bot, twice, alternating) is sent
// BURST interactions at once, the moment it is ready; counted is what Discord took within its
// 3-second window (the loopback Discord refuses later answers, as Discord does).
const BURST = Number(process.env.BENCH_E2E_BURST ?? 1000);
async function burst(script: string, label: string): Promise<number> {
  const t = await launch(script, label, { COOLDOWN_COMMANDS: '0' });
  const replies = Array.from({ length: BURST }, (_, i) => {
    const [command, query] = QUERIES[i % QUERIES.length]!;
    return t.discord.command(command, { query }).reply;
  });
  const settled = await Promise.all(replies.map((r) => Promise.race([r.then(() => true), new Promise<false>((res) => setTimeout(() => res(false), 8000).unref())])));
  t.bot.child.kill('SIGTERM');
  await t.bot.exit;
  await t.discord.stop();
  return settled.filter(Boolean).length;
}
console.log(`cold burst: ${BURST} interactions at once to a process just started, answered within 3 s:`);
const bursts = { bot: [] as number[], floor: [] as number[] };
for (let round = 0; round < 2; round++) {
  bursts.bot.push(await burst(BUILT.main, 'bot'));
  bursts.floor.push(await burst('scripts/floor-bot.ts', 'floor'));
}
const median2 = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
console.log(`  bot ${bursts.bot.join(', ')}; bare discord.js bot ${bursts.floor.join(', ')}`);

type Memory = Awaited<ReturnType<typeof collect>>;
function memoryFields(prefix: string, start: Memory, end: Memory, peak: number) {
  return {
    [`${prefix}rss_mb_start`]: round(start.rssMb, 1),
    [`${prefix}rss_mb_end`]: round(end.rssMb, 1),
    [`${prefix}rss_growth`]: round(end.rssMb / start.rssMb, 2),
    [`${prefix}heap_mb_start`]: round(start.heapMb, 1),
    [`${prefix}heap_mb_end`]: round(end.heapMb, 1),
    [`${prefix}heap_growth`]: round(end.heapMb / start.heapMb, 2),
    [`${prefix}rss_mb_peak`]: round(peak, 1),
  };
}

console.log(
  JSON.stringify({
    bot_p50_ms: round(b1.p50),
    bot_p99_ms: round(b1.p99),
    floor_p50_ms: round(f1.p50),
    floor_p99_ms: round(f1.p99),
    ratio_p50: round(b1.p50 / f1.p50, 2),
    ratio_p99: round(b1.p99 / f1.p99, 2),
    answered: b1.answered,
    sent: N,
    ...memoryFields('', botStart, botEnd, rssMax),
    ...memoryFields('floor_', floorStart, floorEnd, floorRssMax),
    floor_answered: f1.answered,
    throughput_per_s: round(b1.throughput, 1),
    sized_floor_p50_ms: round(s2.p50),
    sized_floor_p99_ms: round(s2.p99),
    ratio_p50_vs_sized_floor: round(b2.p50 / s2.p50, 2),
    ratio_p99_vs_sized_floor: round(b2.p99 / s2.p99, 2),
    answered_pass_2: b2.answered,
    burst_answered_in_3s: median2(bursts.bot),
    floor_burst_answered_in_3s: median2(bursts.floor),
    violations,
  }),
);
