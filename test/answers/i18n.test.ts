// Japanese and French are complete: every label, title, ordinal, date, role name and miss message
// is in the reader's language; only article text (and our record summaries) stay in English.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/answers/cards.js';
import { LANGS, type Lang } from '../../src/answers/i18n.js';
import { run } from '../helpers/bot.js';

/**
 * What the bot writes itself: titles, section names, and lines that are not passages or record
 * summaries (a timeline step's summary follows its colon; record ids are names, not words).
 */
function ownWords(cards: Card[]): string {
  return cards
    .flatMap((c) => [
      c.title,
      ...c.sections.map((s) => s.name),
      ...[...c.lead, ...c.sections.flatMap((s) => s.lines)]
        .filter((l) => l.style !== 'quote' && l.style !== 'note' && l.style !== 'item')
        .map((l) => `${l.lead ?? ''} ${c.kind === 'timeline' ? l.text.replace(/: .*/, '') : l.text}`),
    ])
    .join('\n')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, '');
}

const ENGLISH = ['What the sources say', 'Not in the sources', 'never mention', 'two-plus-two', 'Participants', 'Outcomes', 'Timeline', 'Status', 'Defense Minister', 'Foreign Minister', 'Minister for the Armed Forces', 'Prime Minister', 'January', 'Friday', 'inferred', 'as of', 'No such'];
const SAME_IN_FRENCH = new Set(['Participants']);

const asks: [string, string][] = [
  ['meeting', '2018'],
  ['meeting', '2015'],
  ['meeting', '2019'],
  ['agreement', 'ACSA'],
  ['person', 'Le Drian'],
  ['quote', 'Parly'],
  ['quote', 'Abe'],
  ['ask', 'who was France’s defence minister in 2015?'],
  ['ask', 'what is the capital of France?'],
  ['ask', 'who is the current French defence minister?'],
  ['ask', 'when was the ACSA signed?'],
  ['timeline', ''],
  ['sources', ''],
];

describe.each(LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en'))('%s', (lang) => {
  it.each(asks)('/%s %s: the bot’s own words are all in the reader’s language', async (command, query) => {
    const reply = await run(command, query || undefined, lang);
    const text = ownWords(reply.cards);
    for (const word of ENGLISH) if (!(lang === 'fr' && SAME_IN_FRENCH.has(word))) expect(text, `${word} in ${text}`).not.toContain(word);
  });
});
