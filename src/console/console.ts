// The local console: the same command modules, answering in the terminal, with tab completion
// through the same autocomplete. Runs when no DISCORD_TOKEN is set.
import readline from 'node:readline';
import type { Command } from '../commands/define.js';
import type { CommandSet } from '../commands/registry.js';
import { queryOf, runCommand } from '../commands/run.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { type Lang, langOf, t } from '../answers/i18n.js';
import { LINE } from './line.js';
import { pageBreaks } from '../bot/render.js';
import { cardsText } from './text.js';

export interface ConsoleAnswer {
  text: string;
  /** answered; miss: nothing found; usage: not a command line. */
  status: 'answered' | 'miss' | 'usage';
}

/** The one-shot console's exit code for each status. */
export const EXIT_CODES: Record<ConsoleAnswer['status'], number> = { answered: 0, miss: 1, usage: 2 };

/** Splits `/quote De Vries` into the command and its query: the rest of the line, as an interaction's one option. */
export function parseLine(line: string, commands: CommandSet): { command: Command; query: string } | string {
  const match = LINE.exec(line.trim());
  if (!match) return 'Type a command, such as /meeting 2018, or /help.';
  const [, name = '', rest = ''] = match;
  const command = commands.get(name.toLowerCase());
  if (!command) return `Unknown command /${name}. Commands: ${commands.list.map((c) => `/${c.name}`).join(' ')}`;
  const query = queryOf(rest);
  const first = command.options[0];
  if (first?.required && query === '') return `/${command.name} needs ${first.name === 'query' ? 'something to look for' : first.name}, e.g. ${command.info('en').examples[0] ?? ''}`;
  return { command, query };
}

/** Answers one line as the bot would in Discord, as text. */
export async function answerLine(line: string, commands: CommandSet, kb: KnowledgeBase, lang: Lang = 'en'): Promise<ConsoleAnswer> {
  const parsed = parseLine(line, commands);
  if (typeof parsed === 'string') return { text: parsed, status: 'usage' };
  // The same core as the gateway and the HTTP endpoint: the command on its query, as neutral cards.
  const reply = await runCommand(commands, parsed.command, parsed.query, lang, kb);
  const note = reply.ephemeral ? `${t(lang, 'onlyYou')}\n` : '';
  return { text: note + cardsText(reply.cards, lang, pageBreaks(reply.cards, lang, reply.onePerPage)), status: reply.outcome === 'answered' ? 'answered' : 'miss' };
}

/** Tab completion: command names, then the command's own autocomplete for its first option. */
export function complete(line: string, commands: CommandSet, kb: KnowledgeBase, lang: Lang = 'en'): [string[], string] {
  const m = /^\/?(\S*)(\s+(.*))?$/s.exec(line);
  if (!m || m[2] === undefined) {
    const typed = (m?.[1] ?? '').toLowerCase();
    return [commands.list.filter((c) => c.name.startsWith(typed)).map((c) => `/${c.name} `), line];
  }
  const command = commands.get((m[1] ?? '').toLowerCase());
  const first = command?.options[0];
  if (!command?.autocomplete || !first) return [[], line];
  const choices = command.autocomplete({ focused: { name: first.name, value: m[3] ?? '' }, lang, kb, catalogue: () => commands.catalogue(lang) });
  return [choices.map((c) => `/${command.name} ${c.value}`), line];
}

export const CONNECT_HINT = [
  'This is the local console: no DISCORD_TOKEN is set.',
  'To serve a Discord server: copy .env.example to .env, set DISCORD_TOKEN and DISCORD_CLIENT_ID,',
  'run `npm run deploy` once to register the commands, then `npm start`.',
].join('\n');

export function runInteractiveConsole(commands: CommandSet, kb: () => KnowledgeBase, locale?: string, input: NodeJS.ReadableStream = process.stdin): Promise<void> {
  const lang = langOf(locale);
  const rl = readline.createInterface({
    input,
    output: process.stdout,
    prompt: '2+2> ',
    completer: (line: string) => complete(line, commands, kb(), lang),
  });
  // The examples are the commands' own, so they name whatever the data holds.
  const examples = commands.list.flatMap((c) => c.info(lang).examples.slice(0, 1)).filter((e) => !e.startsWith('/help')).slice(0, 3).join(', ');
  console.log(`${CONNECT_HINT}\n\nType a command (Tab completes), for example ${examples}; /help lists them; exit or Ctrl+D quits.\n`);
  rl.prompt();
  rl.on('line', (line) => {
    if (line.trim() === '') return rl.prompt();
    // What people type to leave, with or without a slash.
    if (/^\/?(?:exit|quit)$/i.test(line.trim())) return rl.close();
    answerLine(line, commands, kb(), lang)
      .then((answer) => console.log(`\n${answer.text}\n`))
      .catch((err: unknown) => console.error(`Sorry, that failed: ${(err as Error).message}`))
      .finally(() => rl.prompt());
  });
  return new Promise((resolve) => rl.on('close', resolve));
}
