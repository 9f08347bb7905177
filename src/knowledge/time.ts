// Where the sources stop: the one place the latest article's date is worked out, for every "as of",
// "the sources stop on…" and "now"; and the day of the week of a date.
import { articleSentences } from './article-text.js';
import type { Knowledge, LoadedArticle } from './load.js';
import type { Agreement, DateFact, Evidence } from './schema.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A date's day of the week: the one its report gives ("a Friday in 2015"), or its full date's. */
export function weekdayOf(d: DateFact): (typeof WEEKDAYS)[number] | undefined {
  return d.weekday ?? (d.precision === 'day' ? WEEKDAYS[new Date(`${d.value}T12:00:00Z`).getUTCDay()] : undefined);
}

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

/** The articles an agreement's record cites: for its status, what it covers and its steps. */
function citedBy(a: Agreement): string[] {
  return [a.status.evidence, ...a.covers.map((c) => c.evidence), ...a.timeline.map((s) => s.evidence)].flat().map((e) => e.article);
}

/** An agreement's "as of": the date of the newest article its record cites (the first of several that day). */
export function statusAsOf(k: Pick<Knowledge, 'articles'>, a: Agreement): DateFact {
  let newest: LoadedArticle | undefined;
  for (const id of citedBy(a)) {
    const article = k.articles.get(id);
    if (article && (!newest || article.date.value > newest.date.value)) newest = article;
  }
  return (newest ?? latestArticle(k)).date;
}

/**
 * The sentences a date rests on, in the articles given: one that prints it ("2018-01-26"), or, for a
 * date inferred, those holding the phrases its reasoning quotes (“the end of the year”).
 */
export function dateEvidence(k: Pick<Knowledge, 'articles'>, d: DateFact, articles: string[]): Evidence[] {
  const quoted = [...d.basis.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!.trim()).filter((x) => x.split(/\s+/).length >= 3);
  const wanted = d.provenance === 'printed' ? [d.value] : quoted;
  if (wanted.length === 0) return [];
  const out: Evidence[] = [];
  for (const id of new Set(articles)) {
    const a = k.articles.get(id);
    if (!a) continue;
    for (const { sentence } of articleSentences(a.text)) {
      if (wanted.some((w) => sentence.toLowerCase().includes(w.toLowerCase())) && !out.some((e) => e.text === sentence)) out.push({ article: id, text: sentence });
    }
  }
  return out.slice(0, 2);
}
