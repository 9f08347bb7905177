// `npm run bench:scale`: synthetic articles from a generator of ours (1,000, then 10,000) go through
// the ingest into a temporary copy of data/; then the data check, the console one-shot, the bot's
// memory, and /ask and autocomplete latency with every article loaded. Last line: one JSON object.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCommands } from '../src/commands/registry.js';
import { ingest } from '../src/ingest/ingest.js';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { factsOf, savedFacts } from '../src/knowledge/facts.js';
import { snapshotFile, writeSnapshot } from '../src/knowledge/snapshot.js';
import { defaultDataDir, repoRoot } from '../src/paths.js';

const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

/** mulberry32: small, seeded, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented ministers: a pool, so offices merge and widen as a real run of reports would.
const JP = ['Haruto Sakaiya', 'Aiko Tanemura', 'Kenta Onoue', 'Emi Kobashi', 'Ryota Nakaya', 'Fumiko Ishiwa'];
const FR = ['Claire Dumontel', 'Paul Vernier', 'Inès Lacombe', 'Gaël Morvan', 'Hélène Castagne', 'Loïc Bertrand'];
const TOPICS = ['maritime security', 'supply chains', 'disaster relief', 'space surveillance', 'cyber defence', 'the Indo-Pacific', 'minesweeping research', 'coast guard training'];
const VERBS = ['discussed', 'reviewed', 'stressed the importance of', 'agreed to deepen cooperation on', 'exchanged views on'];

function day(i: number): string {
  const d = new Date(Date.UTC(2026, 0, 1) + i * 3600_000 * 7);
  return d.toISOString().slice(0, 10);
}

/** One invented wire report: a header, a byline, office phrases, a direct quote, reported speech. */
function article(i: number, r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const jp = pick(JP);
  const fr = pick(FR);
  const topic = pick(TOPICS);
  const n = i + 1;
  return [
    `title: Japan and France discuss ${topic} (report ${n})`,
    `published: ${day(i)}`,
    `publisher: Bench Wire`,
    `url: https://bench.example.org/${n}`,
    '',
    `By Bench Writer ${n % 97}`,
    '',
    `TOKYO -- Japanese Foreign Minister ${jp} and French Foreign Minister ${fr} ${pick(VERBS)} ${topic} in report number ${n}.`,
    '',
    `"We will keep working together on ${topic}, step ${n}," ${jp.split(' ')[1]} said.`,
    '',
    `${fr.split(' ')[1]} said France valued the partnership with Japan, in a note numbered ${n}.`,
    '',
    `Officials said further talks would follow in week ${n % 52}.`,
    '',
  ].join('\n');
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** A node process's wall time and peak RSS (MB), reported by a preload on exit. */
function measureProcess(args: string[], env: NodeJS.ProcessEnv): { ms: number; rssMb: number; code: number | null } {
  const preload = path.join(tmpdir(), `bench-rss-${process.pid}.cjs`);
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `\\nBENCH_MAXRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { env, encoding: 'utf8', cwd: repoRoot });
  const ms = performance.now() - t0;
  const kb = Number(r.stderr.match(/BENCH_MAXRSS (\d+)/)?.[1] ?? 0);
  return { ms, rssMb: kb / 1024, code: r.status };
}

const results: Record<string, unknown>[] = [];
for (const n of SCALES) {
  const work = mkdtempSync(path.join(tmpdir(), `bench-scale-${n}-`));
  try {
    const articles = path.join(work, 'in');
    const data = path.join(work, 'data');
    mkdirSync(articles);
    cpSync(defaultDataDir, data, { recursive: true });
    const r = rng(n);
    for (let i = 0; i < n; i++) writeFileSync(path.join(articles, `a${String(i).padStart(6, '0')}.txt`), article(i, r));

    const t0 = performance.now();
    const report = await ingest(articles, { dataDir: data });
    const ingestS = (performance.now() - t0) / 1000;
    const added = report.articles.filter((a) => a.status === 'added').length;

    const check = measureProcess(['--import', 'tsx', path.join(repoRoot, 'scripts', 'data-check.ts'), data], process.env);
    if (check.code !== 0) throw new Error(`data:check failed on ${n} articles`);
    // The console one-shot as an operator runs it: the built bot, one line, exit.
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: data };
    delete env.DISCORD_TOKEN;
    // Cold: the data changed since the build, so it is checked in full. Warm: the ingest saved the checked
    // knowledge as the build does (scripts/ingest.ts does so for data/), and the start reads it back.
    const cold = measureProcess(['dist/src/main.js', '/person Sakaiya'], env);
    const saved = existsSync(snapshotFile) ? readFileSync(snapshotFile) : undefined;
    let oneShot: ReturnType<typeof measureProcess>;
    let botProcessRssMb = Number.NaN;
    try {
      const loaded = loadKnowledge(data);
      writeSnapshot(loaded, undefined, data, savedFacts(factsOf(loaded)));
      oneShot = measureProcess(['dist/src/main.js', '/person Sakaiya'], env);
      // The bot's own process: the knowledge, the whole index and the answerer built, as a server starts.
      const bot = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', "const { loadKnowledgeBase } = await import('./dist/src/knowledge/base.js'); const { loadCommands } = await import('./dist/src/commands/registry.js'); const kb = await loadKnowledgeBase(process.env.DATA_DIR); await loadCommands(); globalThis.gc(); console.log(process.memoryUsage().rss); void kb;"], { env, encoding: 'utf8', cwd: repoRoot });
      botProcessRssMb = Number(bot.stdout.trim()) / 2 ** 20;
    } finally {
      if (saved) writeFileSync(snapshotFile, saved);
      else rmSync(snapshotFile, { force: true });
    }

    // The bot's knowledge with every article loaded, as a server builds it (whole index, answerer).
    global.gc?.();
    const kb = await loadKnowledgeBase(data);
    const commands = await loadCommands();
    const ask = commands.get('ask')!;
    const person = commands.get('person')!;
    const questions = ['who is france\'s foreign minister?', 'what did Sakaiya say about maritime security?', 'when did japan and france discuss supply chains?', 'who was japan\'s foreign minister in 2026?'];
    const askMs: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      await ask.execute({ options: { query: questions[i % questions.length]! }, lang: 'en', kb, catalogue: () => commands.catalogue('en') });
      askMs.push(performance.now() - t);
    }
    const acMs: number[] = [];
    const typed = ['Sak', 'Dumon', 'Ver', 'la', 'Kob', 'Mor'];
    for (let i = 0; i < QUERIES * 3; i++) {
      const t = performance.now();
      await person.autocomplete!({ focused: { name: 'query', value: typed[i % typed.length]! }, kb } as never);
      acMs.push(performance.now() - t);
    }
    global.gc?.();
    const botRssMb = process.memoryUsage().rss / 2 ** 20;
    askMs.sort((a, b) => a - b);
    acMs.sort((a, b) => a - b);
    const row = {
      articles: n,
      added,
      ingest_s: round(ingestS),
      ingest_per_s: round(n / ingestS, 1),
      data_check_s: round(check.ms / 1000),
      one_shot_ms: round(oneShot.ms, 0),
      one_shot_exit: oneShot.code,
      one_shot_cold_ms: round(cold.ms, 0),
      one_shot_cold_peak_rss_mb: round(cold.rssMb, 0),
      one_shot_peak_rss_mb: round(oneShot.rssMb, 0),
      bot_rss_mb: round(botProcessRssMb, 0),
      bench_process_rss_mb: round(botRssMb, 0),
      ask_p99_ms: round(pct(askMs, 99)),
      autocomplete_p99_ms: round(pct(acMs, 99)),
    };
    console.log(`${n} articles: ingest ${row.ingest_s} s (${row.ingest_per_s}/s), data:check ${row.data_check_s} s, one-shot ${row.one_shot_ms} ms / ${row.one_shot_peak_rss_mb} MB, bot RSS ${row.bot_rss_mb} MB, /ask p99 ${row.ask_p99_ms} ms, autocomplete p99 ${row.autocomplete_p99_ms} ms`);
    results.push(row);
  } finally {
    // BENCH_SCALE_KEEP=1 keeps the generated data for a closer look (its path is printed).
    if (process.env.BENCH_SCALE_KEEP === '1') console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
const at10k = results.find((x) => x.articles === 10000);
const targets = at10k
  ? {
      ingest_per_s: (at10k.ingest_per_s as number) >= 20,
      one_shot_ms: (at10k.one_shot_ms as number) <= 2000,
      bot_rss_mb: (at10k.bot_rss_mb as number) <= 400,
      ask_p99_ms: (at10k.ask_p99_ms as number) <= 20,
      autocomplete_p99_ms: (at10k.autocomplete_p99_ms as number) <= 5,
    }
  : undefined;
console.log(JSON.stringify({ scales: results, targets_met_at_10000: targets }));
