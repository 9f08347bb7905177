// The console's entry: one answer and exit, or the interactive prompt. No logger, no Discord code.
import path from 'node:path';
import { langOf } from '../answers/i18n.js';
import { loadCommands } from '../commands/registry.js';
import { fail } from '../fail.js';
import { loadKnowledgeBase } from '../knowledge/base.js';
import { DataError } from '../knowledge/problems.js';
import { defaultDataDir } from '../paths.js';
import { CONNECT_HINT, EXIT_CODES, answerLine, runInteractiveConsole } from './console.js';

export async function runConsole(opts: { line?: string | undefined; locale?: string | undefined; connectHint: boolean }): Promise<void> {
  const dataDir = process.env.DATA_DIR?.trim() ? path.resolve(process.env.DATA_DIR.trim()) : defaultDataDir;
  let kb;
  try {
    kb = await loadKnowledgeBase(dataDir);
  } catch (err) {
    if (err instanceof DataError) fail(err.message);
    throw err;
  }
  const commands = await loadCommands();
  if (opts.line === undefined) return runInteractiveConsole(commands, () => kb, opts.locale);
  const answer = await answerLine(opts.line, commands, kb, langOf(opts.locale));
  console.log(answer.text);
  if (opts.connectHint) console.error(`\n${CONNECT_HINT}`);
  process.exitCode = EXIT_CODES[answer.status];
}
