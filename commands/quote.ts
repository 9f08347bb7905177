import { answer, missReply } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { quoteDate } from '../src/knowledge/documents.js';
import type { Person, Quote } from '../src/knowledge/schema.js';
import { compareKeys } from '../src/knowledge/text.js';
import { noDirectQuotesCard, quoteCard } from '../src/answers/cards.js';

/** The person a query names: an exact name or alias, or a close match on names alone (`Parley`). */
function personNamed(kb: KnowledgeBase, query: string): Person | undefined {
  const id = kb.index.exactId(query, 'person') ?? kb.index.search(query, { kind: 'person', limit: 1 }).hits.find((h) => h.byName && h.score >= 0.45)?.id;
  return id === undefined ? undefined : kb.knowledge.people.get(id);
}

export default defineCommand({
  name: 'quote',
  names: { ja: '発言', fr: 'citation' },
  description: {
    en: 'What someone said, verbatim, with who, when, where and the source',
    ja: '発言の原文：誰が、いつ、どこで、出典つき',
    fr: 'Ce que quelqu’un a dit, mot pour mot, avec qui, quand, où et la source',
  },
  options: [
    queryOption(true, {
      en: 'A speaker (Parly, Le Drian…) or words from a quote',
      ja: '発言者（Parly、Le Drian…）または発言の一部',
      fr: 'Un orateur (Parly, Le Drian…) ou des mots d’une citation',
    }),
  ],
  examples: ['/quote Parly', '/quote Le Drian', '/quote public good', '/quote Abe'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value, 'quote'),
  execute: ({ options, kb, lang }) => {
    const k = kb.knowledge;
    const picked = k.quotes.get(options.query);
    if (picked) return answer([quoteCard(k, picked, lang)]);

    const person = personNamed(kb, options.query);
    if (person) {
      const theirs = [...k.quotes.values()].filter((q) => q.speaker === person.id);
      const direct = theirs.filter((q) => q.kind === 'direct');
      // Never another person's words, and never reported speech passed off as a quote.
      if (direct.length === 0) return answer([noDirectQuotesCard(k, person, lang)]);
      const byDate = (a: Quote, b: Quote) => compareKeys(quoteDate(k, a).value, quoteDate(k, b).value);
      const reported = theirs.filter((q) => q.kind === 'reported').sort(byDate);
      return answer([...direct.sort(byDate), ...reported].map((q) => quoteCard(k, q, lang)));
    }

    const { hits } = kb.index.search(options.query, { kind: 'quote', limit: 5 });
    if (hits.length === 0) return missReply(kb, lang, options.query, 'quote');
    return answer(hits.map((h) => quoteCard(k, k.quotes.get(h.id)!, lang)));
  },
});
