// One way to answer a command, whatever carries it: the gateway bot, the HTTP endpoint (both
// through src/bot/answering.ts) and the console ask here, so a line typed in the terminal gets the
// reply an interaction would.
import type { Lang } from '../answers/i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { type Command, type MessageCommand, QUERY_MAX, type Reply } from './define.js';
import type { CommandSet } from './registry.js';

/**
 * A command's query: the value of its one option, trimmed and cut to what Discord lets a user
 * type (a client or a proxy may send more).
 */
export function queryOf(value: string | undefined): string {
  return [...(value?.trim() ?? '')].slice(0, QUERY_MAX).join('').trim();
}

/** Runs a command on its query: the neutral cards, whichever transport shows them. */
export async function runCommand(commands: CommandSet, cmd: Command | MessageCommand, query: string, lang: Lang, kb: KnowledgeBase): Promise<Reply> {
  if (cmd.kind === 'message') return cmd.execute({ text: query, lang, kb });
  const option = cmd.options[0];
  return cmd.execute({ options: option ? { [option.name]: query || undefined } : {}, lang, kb, catalogue: () => commands.catalogue(lang) });
}
