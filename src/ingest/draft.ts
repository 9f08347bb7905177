// Drafts records from an article's sentences. Precision before recall: a fact is drafted only
// where one sentence states it, and that sentence is its evidence.
import type { Article } from '../knowledge/schema.js';
import type { ArticleReport } from './ingest.js';
import type { Sentence } from './sentences.js';
import type { Store } from './store.js';

/** Drafts what the sentences state into the store; returns the indexes of the sentences used as evidence. */
export function draftArticle(_store: Store, _article: Article, _sentences: Sentence[], _report: ArticleReport): Set<number> {
  return new Set();
}
