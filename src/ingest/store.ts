// The knowledge base as the ingester edits it: every record as its JSON file holds it (so what is
// not touched is written back untouched), which records changed, and the writing itself, all or
// nothing: a temporary copy of data/ is edited, checked in full, then renamed into place.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { uncoveredSentences } from '../knowledge/coverage.js';
import { type Fact, factsOf, savedFacts } from '../knowledge/facts.js';
import { DataError, type Knowledge, loadKnowledge } from '../knowledge/load.js';
import { writeSnapshot } from '../knowledge/snapshot.js';
import { type IngestVocabulary, ingestVocabulary } from './vocabulary.js';
import type { Agreement, Article, Meeting, Person, Quote, Series } from '../knowledge/schema.js';
import { Refusal } from './refusal.js';

export type RecordKind = 'articles' | 'people' | 'meetings' | 'quotes' | 'agreements';
export const RECORD_KINDS: RecordKind[] = ['articles', 'people', 'meetings', 'quotes', 'agreements'];

interface Kinds {
  articles: Article;
  people: Person;
  meetings: Meeting;
  quotes: Quote;
  agreements: Agreement;
}

export class Store {
  readonly records: { [K in RecordKind]: Map<string, Kinds[K]> } = {
    articles: new Map(),
    people: new Map(),
    meetings: new Map(),
    quotes: new Map(),
    agreements: new Map(),
  };
  /** Article texts: those already stored are read on demand, new ones are kept here. */
  readonly texts = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();

  /** The meeting series new meetings are drafted into (data/series/: the first). */
  readonly series: Series;

  /** The countries and places articles are read by (data/countries, data/places). */
  readonly vocabulary: IngestVocabulary;

  private constructor(readonly dataDir: string, series: Series, vocabulary: IngestVocabulary) {
    this.series = series;
    this.vocabulary = vocabulary;
  }

  /** Reads data/ after checking it in full: an ingest never builds on data that does not pass. */
  static open(dataDir: string): Store {
    let k: Knowledge;
    try {
      k = loadKnowledge(dataDir);
    } catch (err) {
      if (err instanceof DataError) throw new Refusal('invalid-data', `${dataDir} does not pass the data check, so nothing was ingested; fix it first:\n${err.message}`);
      throw err;
    }
    const store = new Store(dataDir, k.series.values().next().value!, ingestVocabulary(k.countries.values(), k.places.values(), k.offices.values()));
    for (const kind of RECORD_KINDS) {
      const dir = path.join(dataDir, kind);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
        const json = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { id: string };
        (store.records[kind] as Map<string, unknown>).set(json.id, json);
      }
    }
    return store;
  }

  /** The stored article with this text's hash: what makes an ingest idempotent. */
  articleByHash(sha256: string): Article | undefined {
    this.index();
    const a = this.records.articles.get(this.byHash.get(sha256) ?? '');
    return a?.source.sha256 === sha256 ? a : undefined;
  }

  articleByUrl(url: string): Article | undefined {
    this.index();
    const a = this.records.articles.get(this.byUrl.get(url) ?? '');
    return a?.url === url ? a : undefined;
  }

  private readonly byHash = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private indexed = false;
  private index(): void {
    if (this.indexed) return;
    for (const a of this.records.articles.values()) this.indexArticle(a);
    this.indexed = true;
  }
  private indexArticle(a: Article): void {
    this.byHash.set(a.source.sha256, a.id);
    if (a.url) this.byUrl.set(a.url, a.id);
  }

  get<K extends RecordKind>(kind: K, id: string): Kinds[K] | undefined {
    return this.records[kind].get(id);
  }

  all<K extends RecordKind>(kind: K): Kinds[K][] {
    return [...this.records[kind].values()];
  }

  /** Stores a record (new or changed) to be written. */
  put<K extends RecordKind>(kind: K, record: Kinds[K]): void {
    this.records[kind].set(record.id, record);
    if (kind === 'articles' && this.indexed) this.indexArticle(record as Article);
    this.dirty.add(`${kind}/${record.id}`);
    this.removed.delete(`${kind}/${record.id}`);
  }

  /** Marks a record changed in place. */
  touch(kind: RecordKind, id: string): void {
    this.dirty.add(`${kind}/${id}`);
  }

  remove(kind: RecordKind, id: string): void {
    this.records[kind].delete(id);
    this.dirty.delete(`${kind}/${id}`);
    this.removed.add(`${kind}/${id}`);
  }

  /** An unused id: `base`, or `base-2`, `base-3`… */
  freeId(kind: RecordKind, base: string): string {
    const root = base.slice(0, 76).replace(/-+$/, '') || 'record';
    if (!this.records[kind].has(root) && !this.removed.has(`${kind}/${root}`)) return root;
    for (let n = 2; ; n++) if (!this.records[kind].has(`${root}-${n}`)) return `${root}-${n}`;
  }

  textOf(articleId: string): string {
    const kept = this.texts.get(articleId);
    if (kept !== undefined) return kept;
    const a = this.records.articles.get(articleId);
    return a ? readFileSync(path.join(this.dataDir, 'articles', a.file), 'utf8') : '';
  }

  /** Files the change writes or removes, relative to data/. */
  changes(): { written: string[]; removed: string[] } {
    const written: string[] = [];
    for (const key of [...this.dirty].sort()) {
      const [kind, id] = key.split('/') as [RecordKind, string];
      written.push(`${kind}/${id}.json`);
      if (kind === 'articles') written.push(`articles/${this.records.articles.get(id)!.file}`);
    }
    const removed = [...this.removed].sort().map((key) => `${key}.json`);
    return { written, removed };
  }

  /**
   * Writes the changes into a copy of data/, checks the copy as `npm run data:check` does, and
   * (unless `dryRun`) swaps it in. Any failure leaves data/ byte for byte as it was.
   */
  commit({ dryRun = false, snapshot }: { dryRun?: boolean; snapshot?: string } = {}): void {
    const parent = path.dirname(path.resolve(this.dataDir));
    const temp = mkdtempSync(path.join(parent, `.${path.basename(this.dataDir)}-ingest-`));
    try {
      const copy = path.join(temp, 'data');
      cpSync(this.dataDir, copy, { recursive: true });
      for (const key of this.removed) {
        const [kind, id] = key.split('/') as [RecordKind, string];
        rmSync(path.join(copy, kind, `${id}.json`), { force: true });
      }
      for (const key of this.dirty) {
        const [kind, id] = key.split('/') as [RecordKind, string];
        const record = this.records[kind].get(id)!;
        writeFileSync(path.join(copy, kind, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
        if (kind === 'articles') {
          const a = record as Article;
          const text = this.texts.get(id);
          if (text !== undefined) writeFileSync(path.join(copy, 'articles', a.file), text);
        }
      }
      let problems: string | undefined;
      let k: Knowledge | undefined;
      let facts: Fact[] | undefined;
      try {
        k = loadKnowledge(copy);
        facts = factsOf(k);
        const uncovered = uncoveredSentences(k, facts);
        if (uncovered.length > 0) problems = `${uncovered.length} sentence(s) neither used nor listed as unused:\n${uncovered.slice(0, 10).map((u) => `  ${u.article}: "${u.sentence}"`).join('\n')}`;
      } catch (err) {
        if (!(err instanceof DataError)) throw err;
        problems = err.message;
      }
      if (problems) throw new Refusal('invalid-data', `the drafted records do not pass the data check, so nothing was written:\n${problems}`);
      if (dryRun) return;
      // The swap: data/ moves aside, the checked copy takes its place, the old one goes.
      const old = path.join(temp, 'old');
      renameSync(this.dataDir, old);
      try {
        renameSync(copy, this.dataDir);
      } catch (err) {
        renameSync(old, this.dataDir);
        throw err;
      }
      this.dirty.clear();
      this.removed.clear();
      // The checked knowledge, saved as the build would: the next start reads it instead of checking again.
      if (snapshot && k) writeSnapshot(k, snapshot, this.dataDir, facts && savedFacts(facts));
    } finally {
      if (existsSync(temp)) rmSync(temp, { recursive: true, force: true });
    }
  }
}
