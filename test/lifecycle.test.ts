import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { DataError } from '../src/knowledge/problems.js';
import { installProcessHandlers, reloadKnowledge } from '../src/lifecycle.js';
import { createLogger } from '../src/log.js';
import { defaultDataDir } from '../src/paths.js';

function logger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level: 'info', destination: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) } });
  return { lines, log };
}

describe('process handlers', () => {
  const setup = () => {
    const proc = new EventEmitter();
    const { lines, log } = logger();
    const stop = vi.fn(() => Promise.resolve());
    const exit = vi.fn();
    installProcessHandlers(proc as unknown as NodeJS.Process, log, { stop }, exit);
    const settled = () => new Promise((r) => setTimeout(r, 10));
    return { proc, lines, stop, exit, settled };
  };

  it('an unhandled rejection is logged and the process keeps serving', async () => {
    const { proc, lines, exit, settled } = setup();
    proc.emit('unhandledRejection', new Error('lost promise'));
    await settled();
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'unhandled promise rejection', err: expect.objectContaining({ message: 'lost promise' }) })]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('an uncaught exception is logged, then a clean shutdown, then exit 1', async () => {
    const { proc, lines, stop, exit, settled } = setup();
    proc.emit('uncaughtException', new Error('broken state'));
    await settled();
    expect(lines[0]).toMatchObject({ level: 60, msg: 'uncaught exception' });
    expect(stop).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('SIGTERM and SIGINT shut down once, with exit 0', async () => {
    const { proc, stop, exit, settled } = setup();
    proc.emit('SIGTERM');
    proc.emit('SIGINT');
    await settled();
    expect(stop).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(0);
  });
});

const current = await loadKnowledgeBase(defaultDataDir);

describe('reloadKnowledge', () => {

  it('returns the new knowledge base when it loads', async () => {
    const { lines, log } = logger();
    const next = await reloadKnowledge(() => loadKnowledgeBase(defaultDataDir), current, log);
    expect(next).not.toBe(current);
    expect(lines[0]).toMatchObject({ msg: 'knowledge base reloaded', version: current.knowledge.version });
  });

  it('keeps the current one when loading fails', async () => {
    const { lines, log } = logger();
    const kept = await reloadKnowledge(async () => {
      throw new DataError([{ file: 'data/x.json', reason: 'broken' }]);
    }, current, log);
    expect(kept).toBe(current);
    expect(lines[0]).toMatchObject({ level: 50, problems: 1, serving: current.knowledge.version });
  });
});
