// What most commands share: find a record of one kind, answer with its card, or say what is close.
import { type Card, missCard } from '../answers/cards.js';
import type { Lang } from '../answers/i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Hit, Kind } from '../knowledge/search.js';
import type { Reply } from './define.js';

export interface Found {
  best: Hit;
  /** Other records that match about as well: offered, not shown. */
  others: Hit[];
}

/** An id from autocomplete or an exact key first, then the search. */
export function lookup(kb: KnowledgeBase, kind: Kind, query: string): Found | undefined {
  const id = kb.index.exactId(query, kind);
  const { hits } = kb.index.search(query, { kind, limit: 6 });
  if (id !== undefined) {
    const best = hits.find((h) => h.id === id) ?? { kind, id, label: id, score: 1, match: 'exact' as const, byName: true };
    return { best, others: hits.filter((h) => h.id !== id && h.score >= 0.9) };
  }
  const [best, ...rest] = hits;
  if (!best) return undefined;
  return { best, others: rest.filter((h) => h.score >= best.score * 0.95) };
}

export function answer(cards: Card[], onePerPage = false): Reply {
  return { cards, ephemeral: false, outcome: 'answered', ...(onePerPage ? { onePerPage } : {}) };
}

/** A miss is the user's to fix: ephemeral, with what is close and what exists. */
export function missReply(kb: KnowledgeBase, lang: Lang, input: string, kind?: Kind): Reply {
  const { suggestions } = kb.index.search(input, { ...(kind ? { kind } : {}), limit: 5 });
  const exists = kb.index.defaults(kind, 8);
  return { cards: [missCard(input, lang, suggestions, exists)], ephemeral: true, outcome: 'miss' };
}

/**
 * Whether a lookup's record is what was asked: a year or an ordinal must name a meeting exactly
 * (2019 is not "one typo" from 2015), and every other word of the query must be in that record's
 * facts or the lexicon. Otherwise the private reply that says so; undefined when the record answers.
 */
export async function unanswered(kb: KnowledgeBase, lang: Lang, query: string, kind: Kind, found: Found | undefined): Promise<Reply | undefined> {
  if (kb.index.exactId(query, kind) !== undefined) return undefined;
  // Reading the query needs the answerer; an exact key (the usual case) never gets here.
  const [{ answerer, facts }, { findingCard }] = await Promise.all([kb.answering(), import('../answers/findings.js')]);
  // A /meeting query names a meeting: "fifth" alone is an ordinal there.
  const q = answerer.read(kind === 'meeting' ? `${query} meeting` : query);
  const meetings = [...kb.knowledge.meetings.values()];
  const year = q.years.find((y) => !meetings.some((m) => m.date.value.startsWith(String(y))));
  const ordinal = q.ordinals.find((n) => !meetings.some((m) => m.number?.value === n));
  if (kind === 'meeting' && (year !== undefined || ordinal !== undefined)) {
    return { cards: [findingCard(kb.knowledge, { kind: 'no-such-meeting', asked: year !== undefined ? String(year) : `#${ordinal}` }, lang)], ephemeral: true, outcome: 'miss', covered: false };
  }
  if (!found) return undefined;
  const id = found.best.id;
  const own = facts.filter((f) => f.record?.id === id || f.meeting === id || f.agreement === id || f.people.includes(id));
  const stems = new Set(own.flatMap((f) => [...f.stems]));
  const left = q.terms.filter((t) => !t.alternatives.some((alt) => alt.every((st) => stems.has(st))));
  if (left.length === 0) return undefined;
  const unmentioned = left.filter((t) => !t.alternatives.some((alt) => alt.every((st) => answerer.inArticles(st)))).map((t) => t.text);
  const related = own.filter((f) => f.record?.id === id).slice(0, 1);
  const card = findingCard(kb.knowledge, { kind: 'not-covered', unmentioned, uncovered: left.map((t) => t.text), related }, lang);
  return { cards: [card], ephemeral: true, outcome: 'miss', covered: false };
}
