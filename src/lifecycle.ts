// Signals and process-wide failures: reload on SIGHUP, clean shutdown on SIGINT/SIGTERM, and a
// fatal error ends the process non-zero (after a clean shutdown) so a supervisor restarts it.
import type { KnowledgeBase } from './knowledge/base.js';
import { DataError } from './knowledge/problems.js';
import type { Logger } from './log.js';

type Emitter = Pick<NodeJS.Process, 'on'>;

export interface Lifecycle {
  /** Stops the bot; `code` is the process's exit code. Safe to call more than once. */
  shutdown(code: number, reason: string): void;
}

export interface LifecycleHooks {
  /** Stops serving; the process exits once it settles. */
  stop(): Promise<void>;
  /** SIGHUP: reload the data (or tell the shards to). */
  reload?(): void;
}

/** Every signal and process-wide failure, in one place, for the bot and the sharding manager alike. */
export function installProcessHandlers(proc: Emitter, log: Logger, hooks: LifecycleHooks, exit: (code: number) => void): Lifecycle {
  const { stop } = hooks;
  let stopping = false;
  const shutdown = (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason, code }, 'shutting down');
    // A shutdown that hangs must not keep a broken process alive.
    const force = setTimeout(() => exit(code === 0 ? 1 : code), 10_000);
    force.unref();
    stop()
      .catch((err: unknown) => log.error({ err }, 'shutdown failed'))
      .finally(() => {
        // The log is written asynchronously: exit once what it holds is on disk.
        log.flush(() => exit(code));
      });
  };
  proc.on('SIGINT', () => shutdown(0, 'SIGINT'));
  proc.on('SIGTERM', () => shutdown(0, 'SIGTERM'));
  proc.on('SIGHUP', () => {
    if (hooks.reload) hooks.reload();
    else log.warn('SIGHUP: nothing to reload');
  });
  proc.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
  proc.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    shutdown(1, 'uncaughtException');
  });
  return { shutdown };
}

/**
 * Reloads the knowledge base: the new data is validated and indexed in full before it replaces the
 * old one; on any problem the old one keeps serving and the problem is logged.
 */
export async function reloadKnowledge(load: () => Promise<KnowledgeBase>, current: KnowledgeBase, log: Logger): Promise<KnowledgeBase> {
  const started = performance.now();
  try {
    const next = await load();
    log.info(
      { version: next.knowledge.version, previous: current.knowledge.version, records: next.index.size(), ms: Math.round(performance.now() - started) },
      'knowledge base reloaded',
    );
    return next;
  } catch (err) {
    const problems = err instanceof DataError ? err.problems.length : undefined;
    log.error({ err, problems, serving: current.knowledge.version }, 'reload failed: still serving the previous knowledge base');
    return current;
  }
}
