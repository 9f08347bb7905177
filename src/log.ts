// Structured logging with pino: one JSON line per event, the token never written.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACT = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization'];

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

export function createLogger(opts: LoggerOptions): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = (s: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[REDACTED]'), s);
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { pid: process.pid, ...opts.base },
    redact: { paths: REDACT, censor: '[REDACTED]' },
    serializers: {
      err: (err: unknown) => {
        const s = pino.stdSerializers.err(err as Error);
        return { ...s, message: scrub(String(s.message)), stack: scrub(String(s.stack ?? '')) };
      },
    },
    hooks: {
      // Strings may carry a secret (an error message, a URL): scrub them before they are written.
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (opts.pretty && prettyAvailable()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: opts.fd ?? 1, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(options, pino.destination({ dest: opts.fd ?? 1, sync: false }));
}
