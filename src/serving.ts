// What the gateway bot, the HTTP endpoint and the console share at start-up, and the servers on
// SIGHUP (the sharding manager, which serves nothing, does not load this).
import { type CommandSet, commandSet, loadCommand, loadCommands } from './commands/registry.js';
import { commandNameOf } from './console/line.js';
import { fail } from './fail.js';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge/base.js';
import { DataError } from './knowledge/problems.js';
import { reloadKnowledge } from './lifecycle.js';
import type { Logger } from './log.js';
import type { BotMetrics } from './metrics.js';

/**
 * What a serving process starts with; broken data ends it with the data's own message (exit 1).
 * The console answering one `line` loads only what that line needs.
 */
export async function loadServing(dataDir: string, { log, line }: { log?: Logger; line?: string } = {}): Promise<{ kb: KnowledgeBase; commands: CommandSet }> {
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledgeBase(dataDir, { lazy: line !== undefined });
  } catch (err) {
    if (err instanceof DataError) fail(err.message);
    throw err;
  }
  const commands = line === undefined ? await loadCommands() : await commandsFor(line);
  log?.info({ records: kb.index.size(), version: kb.knowledge.version, commands: commands.list.length }, 'knowledge base loaded');
  return { kb, commands };
}

/**
 * A single line needs only the command it names (a third fewer modules to load), except /help,
 * which lists them all, and a name we do not have, whose answer lists them.
 */
async function commandsFor(line: string): Promise<CommandSet> {
  const name = commandNameOf(line);
  const named = name !== undefined && name !== 'help' ? await loadCommand(name) : undefined;
  return named?.kind === 'chat' ? commandSet([named]) : loadCommands();
}

/** SIGHUP's reload, one at a time (a second waits for the first), swapping in what loaded. */
export function serialReloader(dataDir: string, current: () => KnowledgeBase, swap: (kb: KnowledgeBase) => void, metrics: BotMetrics, log: Logger): () => void {
  let reloading = Promise.resolve();
  return () => {
    reloading = reloading.then(async () => {
      const before = current();
      const next = await reloadKnowledge(() => loadKnowledgeBase(dataDir), before, log);
      if (next === before) metrics.loadFailed();
      else metrics.loaded(next);
      swap(next);
    });
  };
}
