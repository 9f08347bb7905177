// Answering a free question, for /ask and for the "Ask the sources" message menu alike.
import { type Card, agreementCard, meetingCard, personCard, quoteCard } from '../answers/cards.js';
import type { Lang } from '../answers/i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Hit } from '../knowledge/search.js';
import { answer, missReply } from './answers.js';
import type { Reply } from './define.js';

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

export function askQuestion(kb: KnowledgeBase, question: string, lang: Lang): Reply {
  const k = kb.knowledge;
  // An autocomplete pick is a record id: answer with that record alone.
  for (const kind of ['meeting', 'person', 'quote', 'agreement'] as const) {
    const map = { meeting: k.meetings, person: k.people, quote: k.quotes, agreement: k.agreements }[kind];
    if (map.has(question)) return answer([cardOf(k, { kind, id: question, label: '', score: 1, match: 'exact', byName: true }, lang)]);
  }
  const { hits } = kb.index.search(question, { limit: ASK_RESULTS });
  if (hits.length === 0) return missReply(kb, lang, question);
  // One record per page, best first: the buttons walk through the rest.
  return answer(hits.map((h) => cardOf(k, h, lang)), true);
}
