// Where the sources stop: the one place the latest article's date is worked out, for every "as of",
// "the sources stop on…" and "now".
import type { Knowledge, LoadedArticle } from './load.js';

/** The latest article (by its date; the first of several that day, in id order). */
export function latestArticle(k: Pick<Knowledge, 'articles'>): LoadedArticle {
  let latest: LoadedArticle | undefined;
  for (const a of k.articles.values()) if (!latest || a.date.value > latest.date.value) latest = a;
  if (!latest) throw new Error('the knowledge base has no article');
  return latest;
}

/** The year of the latest article. */
export function latestYear(k: Pick<Knowledge, 'articles'>): number {
  return Number(latestArticle(k).date.value.slice(0, 4));
}
