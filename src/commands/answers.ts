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
