// `npm run bench:start`: how long a one-shot console answer takes, as a user runs it
// (`npm start -- "/quote Parly"`, so npm's own start-up included), against `node -e 0`, timed
// side by side, pair by pair, alternating which goes first; with each pair, npm alone and the bot's
// process alone, to show whose time it is. Then the console process's peak RSS.
// The last line printed is one JSON object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/paths.js';

const PAIRS = Number(process.env.BENCH_START_PAIRS ?? 21);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// BENCH_START_LINE times another line, e.g. a question: BENCH_START_LINE='/ask who was France’s top diplomat in 2015 pls'.
const line = process.env.BENCH_START_LINE ?? '/quote Parly';
const consoleRun = [npm, ['start', '--silent', '--', line]] as const;
const nodeRun = [process.execPath, ['-e', '0']] as const;
// npm's own share: `npm run env` starts npm and one tiny process, as `npm start` does.
const npmRun = [npm, ['run', '--silent', 'env']] as const;
// The bot's own share: the built entry `npm start` runs, without npm.
const processRun = [process.execPath, [path.join('dist', 'src', 'main.js'), line]] as const;

function time([cmd, args]: readonly [string, readonly string[]], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const env = { ...process.env, DISCORD_TOKEN: '', NODE_ENV: '' };

// Warm the file cache for both, then time them in pairs.
time(consoleRun, env);
time(nodeRun);
const consoleMs: number[] = [];
const nodeMs: number[] = [];
const npmMs: number[] = [];
const processMs: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  if (i % 2 === 0) {
    consoleMs.push(time(consoleRun, env));
    nodeMs.push(time(nodeRun));
  } else {
    nodeMs.push(time(nodeRun));
    consoleMs.push(time(consoleRun, env));
  }
  npmMs.push(time(npmRun));
  processMs.push(time(processRun, env));
}

// Peak RSS of the console's own process (not npm's): every node process of the run records its
// argv and maxRSS on exit through a preloaded module, and the bench keeps the console's.
const dir = mkdtempSync(path.join(tmpdir(), 'bench-start-'));
const reporter = path.join(dir, 'report.mjs');
writeFileSync(
  reporter,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(dir)} + '/' + process.pid + '.json', JSON.stringify({ argv: process.argv, maxRssKb: process.resourceUsage().maxRSS })));\n`,
);
const peaks: number[] = [];
for (let i = 0; i < 5; i++) {
  time(consoleRun, { ...env, NODE_OPTIONS: `--import ${reporter}` });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { argv: string[]; maxRssKb: number };
    if (r.argv.some((a) => a.endsWith(path.join('dist', 'src', 'main.js')))) peaks.push(r.maxRssKb / 1024);
    rmSync(path.join(dir, f));
  }
}
rmSync(dir, { recursive: true });

const round = (x: number) => Math.round(x * 10) / 10;
const result = {
  console_ms: round(median(consoleMs)),
  node_ms: round(median(nodeMs)),
  ratio: Math.round((median(consoleMs) / median(nodeMs)) * 100) / 100,
  console_peak_mb: round(Math.max(...peaks)),
  npm_overhead_ms: round(median(npmMs)),
  process_ms: round(median(processMs)),
};
console.log(`${PAIRS} pairs: npm start -- "${line}" median ${result.console_ms} ms, node -e 0 median ${result.node_ms} ms (${result.ratio}×); console peak RSS ${result.console_peak_mb} MB (targets: ≤ 4×, ≤ 90 MB)`);
const times = (ms: number) => `${Math.round((ms / median(nodeMs)) * 100) / 100}×`;
console.log(`npm's own start-up (npm run env) median ${result.npm_overhead_ms} ms: ${times(median(npmMs))} node -e 0 before the bot runs at all`);
console.log(`the bot's own process (node dist/src/main.js "${line}", no npm) median ${result.process_ms} ms: ${times(median(processMs))} node -e 0`);
// Node 20 reads this file at every start, before any script: it is most of node -e 0 here, so it
// shrinks every ratio above. Without it node -e 0 is about a third as long (README, Start-up).
if (process.env.NODE_EXTRA_CA_CERTS) console.log(`NODE_EXTRA_CA_CERTS is set: every node process of the run, node -e 0 included, loads ${process.env.NODE_EXTRA_CA_CERTS} first`);
console.log(JSON.stringify(result));
