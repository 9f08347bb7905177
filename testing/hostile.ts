// What a public server may type, and what every reply must then be. Shared by the property tests
// (npm test, 1,000 runs a property) and `npm run fuzz` (10,000 or more).
import fc from 'fast-check';
import { createRouter } from '../src/bot/router.js';
import type { CommandSet } from '../src/commands/registry.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { createLogger } from '../src/log.js';
import { embedLength, limitViolations } from '../src/bot/limits.js';
import { fakeInteraction } from './fake-interaction.js';

/** Discord's maximum for a string option. */
export const MAX_INPUT = 6000;

const PIECES = [
  '@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
  'https://discord.gg/invite', '```js\nalert(1)\n```', '**bold**', '__u__', '~~s~~', '||spoiler||', '> quote', '# heading', '-# small',
  "'", '!', '^', '$', '=', '|', '"exact"', "'include", '!exclude', '^prefix', 'suffix$', '=equals', 'a | b',
  '\u200b', '\u200d', '\u202e', '\u2066', '\u2069', '\ufeff', '\u0000', '\ud800', '\udc00', '😀', '👨‍👩‍👧‍👦', '🇯🇵🇫🇷', '\u0301\u0301\u0301',
  'Vendémiaire', 'ACSA', 'Parly', 'Le Drian', '安倍晋三', '日仏', '2018', 'fourth', '\n', '\t', '\\', '%40original', ' ',
];

export const hostileInput: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'binary', minLength: 1000, maxLength: MAX_INPUT }),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 400 }).map((a) => a.join('')),
    fc.constantFrom(...PIECES),
  )
  .map((s) => s.slice(0, MAX_INPUT));

export const anyLocale: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('en-US', 'en-GB', 'ja', 'fr', 'de', 'es-ES', 'pt-BR', 'zh-CN', 'ko', 'ru', 'uk'),
  fc.string({ maxLength: 10 }),
);

export function makeRouter(commands: CommandSet, kb: KnowledgeBase) {
  const errors: string[] = [];
  const log = createLogger({
    level: 'error',
    destination: { write: (line: string) => void errors.push(line) },
  });
  return { route: createRouter({ commands, kb: () => kb, log }).route, errors };
}

// Replies are recorded as given to discord.js's public API.
type Payload = { embeds?: never[]; content?: string; allowedMentions?: { parse?: unknown[] }; components?: { components: { custom_id: string }[] }[] };

/** Every way a command reply can be wrong, as a list (empty: all good). */
export async function commandProblems(route: ReturnType<typeof makeRouter>['route'], errors: string[], command: string, input: string, locale: string): Promise<string[]> {
  const before = errors.length;
  const userId = `1${String(Math.random()).slice(2, 18)}`;
  const i = fakeInteraction({ kind: 'command', commandName: command, options: { query: input }, locale, userId });
  await route(i);
  const problems: string[] = [];
  if (errors.length !== before) problems.push(`error logged: ${errors.slice(before).join(' ')}`);
  if (i.calls.length !== 1) problems.push(`${i.calls.length} calls: ${i.calls.map((c) => c.method).join(', ')}`);
  const call = i.calls[0];
  if (call?.method !== 'reply') problems.push(`first call ${call?.method}`);
  const payload = (call?.payload ?? {}) as Payload;
  if (payload.allowedMentions?.parse?.length !== 0) problems.push('allowed mentions are not empty');
  if ((payload.content?.length ?? 0) > 2000) problems.push('content over 2000');
  problems.push(...limitViolations(payload.embeds ?? []));
  const first = (payload.embeds ?? []).reduce((n, e) => n + embedLength(e), 0);
  if (first > 3000) problems.push(`first message of ${first} characters (at most 3,000)`);
  const json = JSON.stringify(payload.embeds ?? []);
  for (const ping of ['@everyone', '@here']) if (json.includes(ping)) problems.push(`reply contains ${ping}`);
  if (/<@[!&]?\d+>/.test(json)) problems.push('reply contains a mention');
  // Page buttons: ids within Discord's 100, and "next" turns the page for the caller, whatever was typed.
  const ids = (payload.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));
  for (const id of ids) if (id.length > 100) problems.push(`custom_id of ${id.length}`);
  if (ids[1]) {
    const press = fakeInteraction({ kind: 'button', customId: ids[1], userId, message: { embeds: payload.embeds ?? [] } });
    await route(press);
    const turned = press.calls[0];
    if (turned?.method !== 'update' || !(turned.payload as Payload).embeds?.length) problems.push(`next page: ${press.calls.map((c) => c.method).join(', ')}`);
  }
  return problems;
}

export async function autocompleteProblems(route: ReturnType<typeof makeRouter>['route'], errors: string[], command: string, input: string, locale: string): Promise<string[]> {
  const before = errors.length;
  const i = fakeInteraction({ kind: 'autocomplete', commandName: command, focused: { name: 'query', value: input }, locale });
  await route(i);
  const problems: string[] = [];
  if (errors.length !== before) problems.push(`error logged: ${errors.slice(before).join(' ')}`);
  if (i.calls.length !== 1 || i.calls[0]!.method !== 'respond') problems.push(`calls: ${i.calls.map((c) => c.method).join(', ')}`);
  const choices = (i.calls[0]?.payload ?? []) as { name: string; value: string }[];
  if (choices.length > 25) problems.push(`${choices.length} choices`);
  for (const c of choices) {
    if (c.name.length < 1 || c.name.length > 100) problems.push(`choice name of ${c.name.length}`);
    if (c.value.length < 1 || c.value.length > 100) problems.push(`choice value of ${c.value.length}`);
  }
  return problems;
}

/** Fuse's extended-search operators and markdown read as plain separators: the same results as without them. */
export const OPERATORS = /['!^$=|"*_~`>#]/g;
