// `npm run ingest`: an article (a file, a page, a folder of them) becomes a stored text, its
// metadata, and the records its sentences state, each claim with its verbatim sentence. All or
// nothing, and idempotent by the text's hash.
import { createHash } from 'node:crypto';
import type { Article, DateFact, UnusedReason } from '../knowledge/schema.js';
import { clip } from '../knowledge/text.js';
import { draftArticle } from './draft.js';
import { slugOf } from './slug.js';
import { type FetchOptions, type Metadata, type RawArticle, readTarget } from './read.js';
import { classify } from './sentences.js';
import { RECORD_KINDS, Store } from './store.js';

export interface IngestOptions {
  dataDir: string;
  dryRun?: boolean;
  flags?: Metadata;
  fetch?: FetchOptions;
  /** Where to save the checked knowledge for fast starts (the build's snapshot file), if anywhere. */
  snapshot?: string;
}

export interface ArticleReport {
  received: string;
  id: string;
  title: string;
  published: string;
  /** added: a new article; unchanged: its text is already stored; updated: a known URL with a new text. */
  status: 'added' | 'unchanged' | 'updated';
  /** The stored article it already is (unchanged) or replaces (updated). */
  sameAs?: string;
  added: string[];
  merged: string[];
  uncertain: string[];
  unused: { sentence: string; reason: UnusedReason; note?: string }[];
  sentences: number;
}

export interface IngestReport {
  dryRun: boolean;
  articles: ArticleReport[];
  /** Files written (or that would be, on a dry run), relative to data/. */
  written: string[];
  removed: string[];
}

export { slugOf } from './slug.js';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function articleDate(raw: RawArticle): DateFact {
  const from = raw.origin.published === 'flag' ? 'given with --published' : raw.origin.published === 'page' ? 'in the page’s metadata' : 'in the article’s header';
  return { value: raw.published!, precision: 'day', provenance: 'printed', basis: `The publication date ${raw.published} is ${from}.` };
}

export async function ingest(target: string, opts: IngestOptions): Promise<IngestReport> {
  const raws = await readTarget(target, opts.flags ?? {}, opts.fetch);
  const store = Store.open(opts.dataDir);
  const articles = raws.map((raw) => ingestOne(store, raw));
  const { written, removed } = store.changes();
  if (written.length + removed.length > 0) store.commit({ dryRun: opts.dryRun ?? false, ...(opts.snapshot ? { snapshot: opts.snapshot } : {}) });
  return { dryRun: opts.dryRun ?? false, articles, written, removed };
}

function ingestOne(store: Store, raw: RawArticle): ArticleReport {
  const text = raw.body;
  const hash = sha256(text);
  const known = store.articleByHash(hash);
  const title = raw.title?.trim() || clip(text.split('\n')[0]!.trim(), 120);
  const base = { received: raw.received, title, published: raw.published!, added: [], merged: [], uncertain: [], unused: [], sentences: 0 };
  if (known) return { ...base, id: known.id, title: known.title ?? known.headline?.text ?? known.id, status: 'unchanged', sameAs: known.id };

  const sameUrl = raw.url ? store.articleByUrl(raw.url) : undefined;
  const report: ArticleReport = { ...base, id: '', status: sameUrl ? 'updated' : 'added' };
  if (sameUrl) {
    report.sameAs = sameUrl.id;
    report.merged.push(`replaces the stored text of ${sameUrl.id} (same URL, new text): what was drafted from the old text is redrafted`);
    purgeArticle(store, sameUrl.id);
  }
  const id = sameUrl?.id ?? store.freeId('articles', `${raw.published}-${slugOf(title)}`);
  report.id = id;
  if (!raw.title) report.uncertain.push(`no title given: its first line stands for one (give --title)`);

  const sentences = classify(text, (s) => [...store.vocabulary.countriesIn(s).values()].some((n) => n > 0));
  report.sentences = sentences.length;
  const article: Article = {
    $schema: '../schemas/article.schema.json',
    id,
    file: sameUrl?.file ?? `${id}.txt`,
    source: { file: raw.received, sha256: hash },
    title,
    ...(raw.url ? { url: raw.url } : {}),
    published: raw.published!,
    ...(raw.publisher ? { publisher: raw.publisher } : {}),
    date: articleDate(raw),
    paragraphs: [],
    unused: [],
  };
  store.texts.set(id, text);
  store.put('articles', article);

  const used = draftArticle(store, article, sentences, report);
  article.unused = sentences
    .filter((_, i) => !used.has(i))
    .map((s) => ({ sentence: s.text, reason: s.unused?.reason ?? 'not-drafted', ...(s.unused?.note ? { note: s.unused.note } : {}) }));
  // The same sentence twice in one article is one entry.
  article.unused = article.unused.filter((u, i, all) => all.findIndex((x) => x.sentence === u.sentence) === i);
  report.unused = article.unused;
  return report;
}

/** Takes out everything an article was evidence for: its passages, and what rested on them alone. */
export function purgeArticle(store: Store, articleId: string): void {
  for (const kind of RECORD_KINDS) {
    if (kind === 'articles') continue;
    for (const record of store.all(kind)) {
      const before = JSON.stringify(record);
      const keep = prune(record as unknown as Record<string, unknown>, articleId);
      if (!keep) store.remove(kind, record.id);
      else if (JSON.stringify(record) !== before) store.touch(kind, record.id);
    }
  }
}

/** Drops the article's evidence from an object and its lists; false if the object rested on it alone. */
function prune(node: Record<string, unknown>, articleId: string): boolean {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'evidence' && Array.isArray(value)) {
      const left = (value as { article: string }[]).filter((e) => e.article !== articleId);
      node[key] = left;
      if (left.length === 0) return false;
    } else if (Array.isArray(value)) {
      node[key] = value.filter((item) => typeof item !== 'object' || item === null || prune(item as Record<string, unknown>, articleId));
    } else if (typeof value === 'object' && value !== null && key !== 'date' && key !== 'from' && key !== 'to') {
      // A part that rested on the article alone (a meeting's place) goes; the data check refuses a required one gone.
      if (!prune(value as Record<string, unknown>, articleId)) delete node[key];
    }
  }
  if (Array.isArray(node.roles) && Array.isArray(node.offices) && node.roles.length + node.offices.length === 0) return false;
  return true;
}

/** The review report: what was added, merged and is uncertain, article by article. */
export function formatReport(r: IngestReport): string {
  const out: string[] = [];
  for (const a of r.articles) {
    if (a.status === 'unchanged') {
      out.push(`= ${a.received}: already stored as ${a.sameAs} (the same text); nothing changes`);
      continue;
    }
    out.push(`${a.status === 'added' ? '+' : '~'} ${a.received} → data/articles/${a.id}.txt (${a.published}) “${a.title}”${a.status === 'updated' ? ` — an update of ${a.sameAs}` : ''}`);
    const used = a.sentences - a.unused.length;
    out.push(`  ${a.sentences} sentences: ${used} used as evidence, ${a.unused.length} unused`);
    for (const line of a.added) out.push(`  added: ${line}`);
    for (const line of a.merged) out.push(`  merged: ${line}`);
    for (const line of a.uncertain) out.push(`  uncertain: ${line}`);
    const byReason = new Map<string, number>();
    for (const u of a.unused) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
    if (byReason.size > 0) out.push(`  unused: ${[...byReason].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    for (const u of a.unused.filter((x) => x.reason !== 'not-drafted')) out.push(`    (${u.reason}) ${clip(u.sentence, 100)}`);
  }
  const changed = r.written.length + r.removed.length;
  out.push(
    r.dryRun
      ? `dry run: nothing written${changed ? ` (${r.written.length} file(s) would be written, ${r.removed.length} removed)` : ''}`
      : changed
        ? `wrote ${r.written.length} file(s)${r.removed.length ? `, removed ${r.removed.length}` : ''} in data/; data check passed. Review with git diff.`
        : 'nothing to write',
  );
  return out.join('\n');
}
