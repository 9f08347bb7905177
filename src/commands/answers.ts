// What most commands share: find a record of one kind, answer with its card, or say what is close.
import type { KnowledgeBase } from '../knowledge/base';
import type { Hit, Kind } from '../knowledge/search';
import { type Card, missCard } from '../render/cards';
import { renderPages } from '../render/embeds';
import type { Lang } from '../render/i18n';
import type { Reply } from './define';

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

export function cardsReply(cards: Card[], kb: KnowledgeBase, lang: Lang, onePerPage = false): Reply {
  return { pages: renderPages(cards, kb.knowledge, lang, onePerPage), ephemeral: false, outcome: 'answered' };
}

/** A miss is the user's to fix: ephemeral, with what is close and what exists. */
export function missReply(kb: KnowledgeBase, lang: Lang, input: string, kind?: Kind): Reply {
  const { suggestions } = kb.index.search(input, { ...(kind ? { kind } : {}), limit: 5 });
  const exists = kb.index.defaults(kind, 8);
  return { pages: renderPages([missCard(input, lang, suggestions, exists)], kb.knowledge, lang), ephemeral: true, outcome: 'miss' };
}
