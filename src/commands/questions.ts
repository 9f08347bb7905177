// Answering a free question, for /ask and for the "Ask the sources" message menu alike: the
// knowledge layer reads and answers it; this turns the finding into cards, the direct answer
// first, then the record it comes from.
import { type Card, agreementCard, meetingCard, personCard, quoteCard, withoutPassages } from '../answers/cards.js';
import { findingCard, isSure, twoPartCard } from '../answers/findings.js';
import type { Lang } from '../answers/i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Kind } from '../knowledge/search.js';
import type { Reply } from './define.js';

export function recordCard(k: Knowledge, record: { kind: Kind; id: string }, lang: Lang): Card {
  switch (record.kind) {
    case 'meeting':
      return meetingCard(k, k.meetings.get(record.id)!, lang);
    case 'person':
      return personCard(k, k.people.get(record.id)!, lang);
    case 'quote':
      return quoteCard(k, k.quotes.get(record.id)!, lang);
    case 'agreement':
      return agreementCard(k, k.agreements.get(record.id)!, lang);
  }
}

export async function askQuestion(kb: KnowledgeBase, question: string, lang: Lang): Promise<Reply> {
  const k = kb.knowledge;
  // An autocomplete pick is a record id: answer with that record alone.
  for (const kind of ['meeting', 'person', 'quote', 'agreement'] as const) {
    const map = { meeting: k.meetings, person: k.people, quote: k.quotes, agreement: k.agreements }[kind];
    if (map.has(question)) return { cards: [recordCard(k, { kind, id: question }, lang)], ephemeral: false, outcome: 'answered' };
  }
  const { finding, second, part } = (await kb.answering()).answerer.answerParts(question);
  const single = findingCard(k, finding, lang);
  // Two questions in one: the second's answer beneath the first's, or a word that it is left open.
  const card = finding.kind === 'answer' && part !== undefined ? twoPartCard(k, single, second, part, lang) : single;
  if (finding.kind !== 'answer') return { cards: [card], ephemeral: true, outcome: 'miss', covered: false, ...(finding.kind === 'not-covered' && !isSure(finding) ? { unsure: true } : {}) };
  // The record the answer comes from, for whoever wants more.
  const record = finding.support;
  const shown = new Set(card.lead.filter((l) => l.style === 'quote' || l.style === 'item').map((l) => l.text.replace(/\s+/g, ' ').trim()));
  const support = record ? [withoutPassages(recordCard(k, record, lang), shown, lang)] : [];
  return { cards: [card, ...support], ephemeral: false, outcome: 'answered', covered: true };
}
