// `npm run bench:http`: signed interactions at a fixed rate to the HTTP endpoint (`npm run
// start:http`, as built) and, in the same run, to a floor: a bare node:http server that checks the
// signature and answers a constant embed as large as the bot's /meeting 2018. The two take turns
// in halves, so drift on a shared machine falls on both. Latency is from the request written to
// the response read. The last line printed is one JSON object.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionType } from 'discord-api-types/v10';
import { renderPages } from '../src/bot/render.js';
import { loadCommands } from '../src/commands/registry.js';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { defaultDataDir } from '../src/paths.js';
import { FakeDiscord } from '../testing/fake-discord.js';
import { type BotProcess, BUILT, startProcess } from '../testing/process.js';
import { type KeyPair, keyPair, signature } from '../testing/signed.js';

const N = Number(process.env.BENCH_HTTP_N ?? 1000);
const RATE = Number(process.env.BENCH_HTTP_RATE ?? 500);
// A replica serves for hours: measured after both have run 2,000 (4 s), as V8's JIT settles.
const WARMUP = Number(process.env.BENCH_HTTP_WARMUP ?? 2000);
const COMMANDS: [string, string][] = [
  ['meeting', '2018'],
  ['quote', 'Parly'],
  ['agreement', 'ACSA'],
  ['person', 'Le Drian'],
  ['ask', 'North Korea'],
  ['meeting', 'Paris'],
  ['timeline', 'ACSA'],
];
const TYPED = ['2', 'Pa', 'Le D', 'ACS', 'Tok', 'miss'];

interface Target {
  label: string;
  bot: BotProcess;
  port: number;
  latencies: number[];
  answered: number;
  sent: number;
}

const keys: KeyPair = keyPair();
const discord = await new FakeDiscord().start();

async function start(label: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Target> {
  const bot = startProcess(script, { DISCORD_PUBLIC_KEY: keys.publicKeyHex, HTTP_PORT: '0', DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info', COOLDOWN_COMMANDS: '0', ...env }, [], nodeArgs);
  const line = await bot.waitForLog((l) => l.msg === 'HTTP interactions endpoint listening', 30_000);
  bot.quiet();
  return { label, bot, port: Number(line.port), latencies: [], answered: 0, sent: 0 };
}

/** Signed requests, made before the clock starts: the driver's own costs stay out of the figures. */
function payloads(n: number): { body: string; headers: Record<string, string> }[] {
  return Array.from({ length: n }, (_, i) => {
    const autocomplete = i % 10 >= 7;
    const [name, query] = COMMANDS[i % COMMANDS.length]!;
    const data = autocomplete ? discord.autocompleteData(name, 'query', TYPED[i % TYPED.length]!) : discord.commandData(name, { query });
    const body = JSON.stringify(discord.interaction(autocomplete ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand, data).payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    return { body, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-signature-ed25519': signature(keys.privateKey, timestamp, body), 'x-signature-timestamp': timestamp } };
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

function post(t: Target, p: { body: string; headers: Record<string, string> }, record: boolean): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port: t.port, path: '/interactions', method: 'POST', headers: p.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (record) {
          t.sent++;
          const ok = res.statusCode === 200 && /"type":[48]/.test(Buffer.concat(chunks).toString('utf8', 0, 20));
          if (ok) {
            t.answered++;
            t.latencies.push(performance.now() - started);
          }
        }
        resolve();
      });
    });
    req.on('error', () => {
      if (record) t.sent++;
      resolve();
    });
    req.end(p.body);
  });
}

/** Sends at RATE per second on a fixed schedule (not waiting for answers), and waits for all. */
async function drive(t: Target, list: { body: string; headers: Record<string, string> }[], record: boolean): Promise<void> {
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < list.length; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(post(t, list[i]!, record));
  }
  await Promise.all(pending);
}

function rssMb(t: Target): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${t.bot.child.pid!}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

// The floor answers with embeds as large as the bot's largest common answer.
const kb = await loadKnowledgeBase(defaultDataDir);
const commands = await loadCommands();
const meeting = await commands.get('meeting')!.execute({ options: { query: '2018' }, lang: 'en', kb, catalogue: () => [] });
const embedsFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-http-')), 'embeds.json');
writeFileSync(embedsFile, JSON.stringify(renderPages(meeting.cards, 'en')[0]));

// BENCH_HTTP_PROFILE=<dir> writes the bot's CPU profile there.
const profile = process.env.BENCH_HTTP_PROFILE;
const bot = await start('bot', BUILT.http, {}, profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
const floor = await start('floor', 'scripts/floor-http.ts', { FLOOR_EMBEDS_FILE: embedsFile });
for (const t of [bot, floor]) await drive(t, payloads(WARMUP), false);
const halves = [Math.floor(N / 2), N - Math.floor(N / 2)];
for (const n of halves) for (const t of [bot, floor]) await drive(t, payloads(n), true);
const rss = rssMb(bot);
for (const t of [bot, floor]) {
  t.bot.child.kill('SIGTERM');
  await t.bot.exit;
}
agent.destroy();
await discord.stop();

const result = {
  sent: bot.sent,
  answered: bot.answered,
  p50_ms: round(percentile(bot.latencies, 50)),
  p99_ms: round(percentile(bot.latencies, 99)),
  floor_p50_ms: round(percentile(floor.latencies, 50)),
  floor_p99_ms: round(percentile(floor.latencies, 99)),
  rss_mb: round(rss),
};
console.log(
  `bot: ${result.answered}/${result.sent} answered at ${RATE}/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, RSS ${result.rss_mb} MB; ` +
    `floor: ${floor.answered}/${floor.sent}, p50 ${result.floor_p50_ms} ms, p99 ${result.floor_p99_ms} ms; p50 ${round(result.p50_ms / result.floor_p50_ms)}× the floor's (after ${WARMUP} warm-up each)`,
);
console.log(JSON.stringify(result));
