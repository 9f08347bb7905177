// Structured logging with pino: one JSON line per event, the token never written.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Keys that hold a secret by name, whatever the process knows. Top-level paths only: a `*.` path
// makes pino run its redactor over every field of every line (about 10 KB of garbage a line).
const REDACT = ['token', 'config.token', 'headers.authorization', 'req.headers.authorization'];

export interface LoggerOptions {
  level: string;
  /** Scrubbed from every line, wherever it appears. */
  secrets?: string[];
  destination?: DestinationStream;
  /** 1 (stdout) for the bot; 2 (stderr) for the console, whose stdout is the answers. */
  fd?: 1 | 2;
  pretty?: boolean;
  /** Fields on every line, such as the shard ids of this process. */
  base?: Record<string, unknown>;
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** Human-readable logs: in a terminal, outside production, and only where pino-pretty is installed. */
export function prettyLogs(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production' && prettyAvailable();
}

export function createLogger(opts: LoggerOptions): Logger {
  // As given and as JSON writes it (a secret with a quote or a backslash appears escaped).
  const secrets = [...new Set((opts.secrets ?? []).filter((s) => s.length >= 8).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { pid: process.pid, ...opts.base },
    redact: { paths: REDACT, censor: '[REDACTED]' },
    hooks: {
      // The finished line, whatever depth or field a secret hides in (an error's message, a URL, a
      // nested object): one substring test per secret, a copy only when one is found.
      streamWrite: secrets.length ? (line) => scrubSecrets(line, secrets) : undefined,
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (opts.pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: opts.fd ?? 1, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(options, pino.destination({ dest: opts.fd ?? 1, sync: false }));
}

/** The line with every occurrence of each secret replaced; the same string when none occurs. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  for (const secret of secrets) if (line.includes(secret)) line = line.split(secret).join('[REDACTED]');
  return line;
}
