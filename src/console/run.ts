// The console's entry: one answer and exit, or the interactive prompt. No logger, no Discord code.
import path from 'node:path';
import { langOf } from '../answers/i18n.js';
import { defaultDataDir } from '../paths.js';
import { loadServing } from '../serving.js';
import { CONNECT_HINT, EXIT_CODES, answerLine, runInteractiveConsole } from './console.js';

export async function runConsole(opts: { line?: string | undefined; locale?: string | undefined; connectHint: boolean }): Promise<void> {
  const dataDir = process.env.DATA_DIR?.trim() ? path.resolve(process.env.DATA_DIR.trim()) : defaultDataDir;
  const { kb, commands } = await loadServing(dataDir, { line: opts.line });
  if (opts.line === undefined) return runInteractiveConsole(commands, () => kb, opts.locale);
  const answer = await answerLine(opts.line, commands, kb, langOf(opts.locale));
  console.log(answer.text);
  if (opts.connectHint) console.error(`\n${CONNECT_HINT}`);
  process.exitCode = EXIT_CODES[answer.status];
}
