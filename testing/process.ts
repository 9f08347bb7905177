// Runs the built bot as `npm start` does (node dist/src/main.js), or a script under tsx, as a child
// process, and reads its log lines.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/paths.js';

const guard = pathToFileURL(path.join(repoRoot, 'testing', 'guard.mjs')).href;
/** NODE_OPTIONS for a child process: the loopback guard, in it and in whatever it starts. */
export const GUARDED_NODE_OPTIONS = `--import ${guard}`;

export const DUMMY_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gdummy.thisIsNotARealTokenItIsForLoopbackTests0';

export interface BotProcess {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  output: () => string;
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exit: Promise<number | null>;
  /** Stops reading log lines (the output is still drained): for benchmarks, where parsing would cost the measuring process. */
  quiet(): void;
}

/** The built entry points, as package.json runs them. */
export const BUILT = { main: 'dist/src/main.js', sharded: 'dist/src/sharded.js', deploy: 'dist/src/deploy.js', http: 'dist/src/serve-http.js' } as const;

/** `nodeArgs` go to node itself, before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
export function startProcess(script: string, env: Record<string, string>, args: string[] = [], nodeArgs: string[] = []): BotProcess {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : ['--enable-source-maps'];
  const child = spawn(process.execPath, [...loader, ...nodeArgs, script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: GUARDED_NODE_OPTIONS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  let buffer = '';
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  const take = (chunk: Buffer) => {
    raw += chunk.toString();
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        for (const w of [...waiters]) {
          if (!w.match(line)) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      } catch {
        /* not a log line */
      }
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', (c: Buffer) => (raw += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    quiet() {
      child.stdout!.off('data', take);
      child.stdout!.resume();
    },
    output: () => raw,
    exit,
    waitForLog(match, timeoutMs = 15_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; output:\n${raw.slice(-3000)}`)), timeoutMs);
        waiters.push({ match, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
  };
}
