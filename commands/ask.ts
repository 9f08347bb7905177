import { answer, missReply } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import type { Knowledge } from '../src/knowledge/load.js';
import type { Hit } from '../src/knowledge/search.js';
import { type Card, agreementCard, meetingCard, personCard, quoteCard } from '../src/answers/cards.js';
import type { Lang } from '../src/answers/i18n.js';

function cardOf(k: Knowledge, hit: Hit, lang: Lang): Card {
  switch (hit.kind) {
    case 'meeting':
      return meetingCard(k, k.meetings.get(hit.id)!, lang);
    case 'person':
      return personCard(k, k.people.get(hit.id)!, lang);
    case 'quote':
      return quoteCard(k, k.quotes.get(hit.id)!, lang);
    case 'agreement':
      return agreementCard(k, k.agreements.get(hit.id)!, lang);
  }
}

const ASK_RESULTS = 5;

export default defineCommand({
  name: 'ask',
  names: { ja: '質問', fr: 'question' },
  description: {
    en: 'A free question: the best-matching facts across meetings, people, quotes and agreements',
    ja: '自由な質問：会合・人物・発言・協定から最も合う事実',
    fr: 'Une question libre : les faits les plus pertinents, tous types confondus',
  },
  options: [
    queryOption(true, {
      en: 'Your question, e.g. who represented France in 2015?',
      ja: '質問（例：2015年にフランスを代表したのは？）',
      fr: 'Votre question, p. ex. qui représentait la France en 2015 ?',
    }),
  ],
  examples: ['/ask who represented France in 2015?', '/ask what did they say about North Korea?', '/ask minesweeping'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value),
  execute: ({ options, kb, lang }) => {
    const k = kb.knowledge;
    // An autocomplete pick is a record id: answer with that record alone.
    for (const kind of ['meeting', 'person', 'quote', 'agreement'] as const) {
      const map = { meeting: k.meetings, person: k.people, quote: k.quotes, agreement: k.agreements }[kind];
      if (map.has(options.query)) return answer([cardOf(k, { kind, id: options.query, label: '', score: 1, match: 'exact', byName: true }, lang)]);
    }
    const { hits } = kb.index.search(options.query, { limit: ASK_RESULTS });
    if (hits.length === 0) return missReply(kb, lang, options.query);
    // One record per page, best first: the buttons walk through the rest.
    return answer(hits.map((h) => cardOf(k, h, lang)), true);
  },
});
