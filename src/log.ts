// Structured logging with pino: one JSON line per event, the token never written.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import { clip } from './knowledge/text.js';

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

/** Interaction and webhook tokens in a URL or message: each lets its holder post as the bot for 15 minutes. */
const ROUTE_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"\\]+/g;

export function redactRouteTokens(text: string): string {
  return text.replace(ROUTE_TOKEN, '$1[REDACTED]');
}

/**
 * Errors as short lines: name, message, code, status, method, a route with its tokens redacted,
 * and the top of the stack. Never the request body (discord.js keeps it on the error, as bytes).
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: clip(redactRouteTokens(String(err)), 500) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: clip(redactRouteTokens(e.message), 500) };
  if (typeof e.code === 'number' || typeof e.code === 'string') out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = clip(redactRouteTokens(e.url), 300);
  if (e.stack) out.stack = clip(redactRouteTokens(e.stack.split('\n').slice(0, 6).join('\n')), 800);
  return out;
}

export function createLogger(opts: LoggerOptions): Logger {
  // As given and as JSON writes it (a secret with a quote or a backslash appears escaped).
  const secrets = [...new Set((opts.secrets ?? []).filter((s) => s.length >= 8).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { pid: process.pid, ...opts.base },
    redact: { paths: REDACT, censor: '[REDACTED]' },
    serializers: { err: serializeError },
    hooks: {
      // The finished line, whatever depth or field a secret hides in (an error's message, a URL, a
      // nested object): one substring test per secret, a copy only when one is found; and any
      // interaction or webhook route, with its token.
      streamWrite: (line) => {
        const scrubbed = secrets.length ? scrubSecrets(line, secrets) : line;
        return scrubbed.includes('/interactions/') || scrubbed.includes('/webhooks/') ? redactRouteTokens(scrubbed) : scrubbed;
      },
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
