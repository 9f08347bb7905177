// The in-memory search index. Pure TypeScript: no discord.js here.
//
// fuse.js alone scans every record on every keystroke (~136 ms at 10k records, seconds for a long
// paste), so it sits behind three cheaper stages:
//   1. exact keys (ids, names, aliases, years, ordinals, dates): one Map lookup;
//   2. a token index: normalised vocabulary → postings, prefixes by binary search over the sorted
//      vocabulary, so `De V` and `Name Pacific` (words in different fields) are cheap;
//   3. typos: a bigram index proposes a bounded set of vocabulary words and fuse.js ranks only those.
// Every stage has a fixed budget, so the cost of a query does not grow with the corpus.
import { createRequire } from 'node:module';
import type Fuse from 'fuse.js';
import { normalizeForSearch, tokenize } from './text.js';
import { editDistance } from './words.js';

// Loaded on the first typo, which most answers never meet: a one-shot console answer starts
// about 12 ms sooner without it. Only this module uses fuse.js, so there is one copy.
let fuseClass: typeof Fuse | undefined;
const loadFuse = (): typeof Fuse => (fuseClass ??= createRequire(import.meta.url)('fuse.js') as typeof Fuse);

export const KINDS = ['meeting', 'person', 'quote', 'agreement'] as const;
export type Kind = (typeof KINDS)[number];
/** A kind's place in KINDS. A switch, not an object lookup: on the exact-key hot path a keyed load costs about what the Map.get does. */
function kindSlot(kind: Kind): number {
  switch (kind) {
    case 'meeting':
      return 0;
    case 'person':
      return 1;
    case 'quote':
      return 2;
    case 'agreement':
      return 3;
  }
}

/** What the index knows of one record. Built by documents.ts (or by the benchmark's generator). */
export interface SearchDoc {
  kind: Kind;
  id: string;
  /** What autocomplete shows: at most 100 characters. */
  label: string;
  /** Name and aliases: exact keys, and the most weighted words. */
  names: string[];
  /** More exact keys that are not words: years, dates, ordinals. */
  keys?: string[];
  /** Speaker, place, roles, topics: middle weight. */
  secondary?: string[];
  /** Quote texts, summaries: low weight. */
  body?: string[];
  /** How often the articles name it: breaks ties. */
  centrality: number;
  /** Position in the list shown for an empty query; absent: not in that list. */
  defaultRank?: number;
}

export interface Hit {
  kind: Kind;
  id: string;
  label: string;
  /** 0–1; 1 is an exact key. */
  score: number;
  match: 'exact' | 'words' | 'default';
  /** Every matched word matched a name, alias or key (not a role, place or quote text). */
  byName: boolean;
}

export interface SearchResult {
  query: string;
  hits: Hit[];
  /** On a miss: close records ("did you mean"), possibly of other kinds. */
  suggestions: Hit[];
}

export interface Choice {
  name: string;
  value: string;
}

/** User input is cut to this before any matching: a paste of 6,000 characters costs what 100 do. */
export const MAX_QUERY_CHARS = 100;
export const MAX_QUERY_WORDS = 8;
const RAW_SLICE = MAX_QUERY_CHARS * 4; // normalising can only shorten; this bounds the work before it

const FIELD_WEIGHT = { names: 3, keys: 3, secondary: 2, body: 1 } as const;
const PREFIX_TOKENS = 48; // prefix expansions per query word
const FUZZY_CANDIDATES = 24; // vocabulary words fuse.js ranks per query word
const FUZZY_THRESHOLD = 0.4;
const SUGGEST_THRESHOLD = 0.6;
const MIN_SUGGESTION_SCORE = 0.3;
/** Below this a match is noise (one loose typo match in a quote's text), not an answer. */
const MIN_HIT_SCORE = 0.2;
const POSTINGS_BUDGET = 12_000; // postings visited per query and kind, shared by its words
const POSTINGS_PER_WORD_MIN = 2_000;
const BIGRAM_BUDGET = 60_000;

const STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have he her his how i in is it its me of on or our say said says she that the their them they this to was we were what when where which who whom why will with you about'.split(' '),
);

/**
 * The search form of user input: bounded, normalised, never syntax. Stop words go before the cap
 * on words, so the year or name at the end of a long question is kept.
 */
export function prepareQuery(input: string): string {
  const normalized = normalizeForSearch(input.slice(0, RAW_SLICE)).slice(0, MAX_QUERY_CHARS).trim();
  const words = tokenize(normalized);
  const content = words.filter((w) => !STOPWORDS.has(w));
  return (content.length > 0 ? content : words).slice(0, MAX_QUERY_WORDS).join(' ');
}

function compact(normalized: string): string {
  return normalized.replace(/ /g, '');
}

function bigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
  return out;
}

interface Variant {
  token: number;
  weight: number;
}

/** The index of one kind of record. */
class KindIndex {
  readonly docs: readonly SearchDoc[];
  private readonly exact = new Map<string, number[]>();
  private readonly exactRaw = new Map<string, number[]>();
  /** The best record's id per raw key: the hot path for autocomplete values and typed names. */
  readonly exactRawId = new Map<string, string>();
  private readonly vocab: string[];
  private readonly tokenOf = new Map<string, number>();
  /** Per token: doc ids, best field first, then central records first. */
  private readonly postings: Int32Array[];
  private readonly postingWeights: Uint8Array[];
  /** Per token: the highest centrality among its names-field documents, to pick prefix expansions. */
  private readonly tokenRank: Float64Array;
  /** Vocabulary by bigram, for typos: built on the first query that needs it, since most never do. */
  private bigramIndex?: Map<string, Int32Array>;
  private readonly defaults: number[];
  /** Working memory reused by every query, so a query allocates almost nothing (no GC pauses). */
  private readonly scratch: {
    best: Float64Array;
    total: Float64Array;
    matched: Uint8Array;
    seen: Int32Array;
    touched: Int32Array;
    ofWord: Int32Array;
    bestIsName: Uint8Array;
    nameWords: Uint8Array;
  };

  constructor(docs: readonly SearchDoc[]) {
    this.docs = docs;
    const byToken = new Map<string, Map<number, number>>();
    const addToken = (token: string, doc: number, weight: number) => {
      let docsOf = byToken.get(token);
      if (!docsOf) byToken.set(token, (docsOf = new Map()));
      if ((docsOf.get(doc) ?? 0) < weight) docsOf.set(doc, weight);
    };
    const addExact = (key: string, doc: number) => {
      for (const [map, k] of [
        [this.exactRaw, key],
        [this.exactRaw, key.toLowerCase()],
        [this.exact, normalizeForSearch(key)],
        [this.exact, compact(normalizeForSearch(key))],
      ] as const) {
        if (k === '') continue;
        const list = map.get(k);
        if (!list) map.set(k, [doc]);
        else if (!list.includes(doc)) list.push(doc);
      }
    };
    docs.forEach((doc, i) => {
      addExact(doc.id, i);
      for (const key of [...doc.names, ...(doc.keys ?? [])]) addExact(key, i);
      for (const field of ['names', 'keys', 'secondary', 'body'] as const) {
        for (const text of doc[field] ?? []) {
          for (const token of tokenize(normalizeForSearch(text))) addToken(token, i, FIELD_WEIGHT[field]);
        }
      }
    });
    const byCentrality = (a: number, b: number) => docs[b]!.centrality - docs[a]!.centrality;
    for (const list of [...this.exact.values(), ...this.exactRaw.values()]) list.sort(byCentrality);
    for (const [key, list] of this.exactRaw) this.exactRawId.set(key, docs[list[0]!]!.id);

    this.vocab = [...byToken.keys()].sort();
    this.postings = new Array(this.vocab.length);
    this.postingWeights = new Array(this.vocab.length);
    this.tokenRank = new Float64Array(this.vocab.length);
    this.vocab.forEach((token, t) => {
      this.tokenOf.set(token, t);
      const entries = [...byToken.get(token)!.entries()].sort((a, b) => b[1] - a[1] || byCentrality(a[0], b[0]));
      const ids = new Int32Array(entries.length);
      const weights = new Uint8Array(entries.length);
      let rank = 0;
      entries.forEach(([doc, w], i) => {
        ids[i] = doc;
        weights[i] = w;
        rank = Math.max(rank, docs[doc]!.centrality * w + w);
      });
      this.postings[t] = ids;
      this.postingWeights[t] = weights;
      this.tokenRank[t] = rank;
    });

    this.defaults = docs
      .map((d, i) => [d.defaultRank, i] as const)
      .filter((e): e is readonly [number, number] => e[0] !== undefined)
      .sort((a, b) => a[0] - b[0] || byCentrality(a[1], b[1]))
      .map((e) => e[1]);
    this.scratch = {
      best: new Float64Array(docs.length),
      total: new Float64Array(docs.length),
      matched: new Uint8Array(docs.length),
      seen: new Int32Array(Math.max(1, this.vocab.length)),
      touched: new Int32Array(Math.max(1, docs.length)),
      ofWord: new Int32Array(Math.max(1, docs.length)),
      bestIsName: new Uint8Array(docs.length),
      nameWords: new Uint8Array(docs.length),
    };
  }

  get size(): number {
    return this.docs.length;
  }

  get vocabularySize(): number {
    return this.vocab.length;
  }

  hit(doc: number, score: number, match: Hit['match'], byName = match === 'exact'): Hit {
    const d = this.docs[doc]!;
    return { kind: d.kind, id: d.id, label: d.label, score, match, byName };
  }

  defaultHits(limit: number): Hit[] {
    return this.defaults.slice(0, limit).map((i) => this.hit(i, 0, 'default'));
  }

  /** Exact key lookup: the raw input first (no normalising at all), then its search form. */
  exactDocs(raw: string, prepared: string | (() => string)): number[] | undefined {
    const hit = this.exactRaw.get(raw);
    if (hit) return hit;
    const key = typeof prepared === 'string' ? prepared : prepared();
    return this.exact.get(key) ?? this.exact.get(compact(key));
  }

  /** The best record for an exact key as typed or as sent back by autocomplete: the hot path. */
  exactId(raw: string): string | undefined {
    const id = this.exactRawId.get(raw);
    if (id !== undefined) return id;
    const hit = this.exactDocs(raw, () => prepareQuery(raw));
    return hit === undefined ? undefined : this.docs[hit[0]!]!.id;
  }

  private prefixRange(prefix: string): [number, number] {
    let lo = 0;
    let hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < this.vocab.length && this.vocab[end]!.startsWith(prefix)) end++;
    return [lo, end];
  }

  private bigrams(): Map<string, Int32Array> {
    if (this.bigramIndex) return this.bigramIndex;
    const grams = new Map<string, number[]>();
    this.vocab.forEach((token, t) => {
      for (const g of new Set(bigrams(token))) {
        let list = grams.get(g);
        if (!list) grams.set(g, (list = []));
        list.push(t);
      }
    });
    this.bigramIndex = new Map([...grams].map(([g, list]) => [g, Int32Array.from(list)]));
    return this.bigramIndex;
  }

  private fuzzyVariants(word: string, threshold: number): Variant[] {
    if (word.length < 4) return []; // three letters have too many neighbours to guess from
    const { seen } = this.scratch;
    const byBigram = this.bigrams();
    const touched: number[] = [];
    let budget = BIGRAM_BUDGET;
    for (const g of new Set(bigrams(word))) {
      const list = byBigram.get(g);
      if (!list) continue;
      const n = Math.min(list.length, budget);
      budget -= n;
      for (let k = 0; k < n; k++) {
        const t = list[k]!;
        if (seen[t] === 0) touched.push(t);
        seen[t]!++;
      }
      if (budget <= 0) break;
    }
    const need = Math.max(1, Math.floor(bigrams(word).length / 3));
    const candidates = touched
      .filter((t) => seen[t]! >= need && Math.abs(this.vocab[t]!.length - word.length) <= Math.max(2, word.length >> 2))
      .sort((a, b) => seen[b]! - seen[a]! || this.tokenRank[b]! - this.tokenRank[a]!)
      .slice(0, FUZZY_CANDIDATES);
    for (const t of touched) seen[t] = 0;
    if (candidates.length === 0) return [];
    // fuse.js scores the bounded candidate set, and its score is the variant's weight; a
    // transposition-aware edit distance only turns away what Bitap lets through (`acsa` for `case`).
    const fuse = new (loadFuse())(candidates.map((t) => this.vocab[t]!), { includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true });
    const maxEdit = threshold > FUZZY_THRESHOLD ? 0.45 : 0.34;
    return fuse.search(word).flatMap((r) => {
      const token = candidates[r.refIndex]!;
      const edit = editDistance(word, this.vocab[token]!) / Math.max(word.length, this.vocab[token]!.length);
      if (edit > maxEdit) return [];
      return [{ token, weight: 0.75 * (1 - (r.score ?? 1)) }];
    });
  }

  /** What vocabulary words a query word stands for, best first. */
  private variants(word: string, isLast: boolean, fuzzyThreshold: number): Variant[] {
    const out: Variant[] = [];
    const exact = this.tokenOf.get(word);
    if (exact !== undefined) out.push({ token: exact, weight: 1 });
    // Every word may be a prefix of a longer one, the last one above all (it is being typed).
    if (isLast || exact === undefined || word.length >= 3) {
      const [from, to] = this.prefixRange(word);
      const range: number[] = [];
      for (let t = from; t < to; t++) if (t !== exact) range.push(t);
      if (range.length > PREFIX_TOKENS) range.sort((a, b) => this.tokenRank[b]! - this.tokenRank[a]!).length = PREFIX_TOKENS;
      for (const t of range) out.push({ token: t, weight: 0.9 * (0.5 + (0.5 * word.length) / this.vocab[t]!.length) });
    }
    if (exact === undefined && (out.length === 0 || word.length >= 5)) out.push(...this.fuzzyVariants(word, fuzzyThreshold));
    return out;
  }

  search(raw: string, prepared: string, limit: number, fuzzyThreshold = FUZZY_THRESHOLD, budget = POSTINGS_BUDGET): Hit[] {
    const hits: Hit[] = [];
    const taken = new Set<number>();
    const exact = this.exactDocs(raw, prepared);
    if (exact) {
      for (const doc of exact) {
        hits.push(this.hit(doc, 1, 'exact'));
        taken.add(doc);
      }
    }
    let words = tokenize(prepared);
    const content = words.filter((w) => !STOPWORDS.has(w));
    if (content.length > 0) words = content;
    if (words.length === 0) return hits.slice(0, limit);

    const { best, total, matched, touched, ofWord, bestIsName, nameWords } = this.scratch;
    let nTouched = 0;
    const perWord = Math.max(POSTINGS_PER_WORD_MIN, Math.floor(budget / words.length));
    words.forEach((word, w) => {
      let nOfWord = 0;
      let budget = perWord;
      for (const v of this.variants(word, w === words.length - 1, fuzzyThreshold)) {
        if (v.weight <= 0) continue;
        const list = this.postings[v.token]!;
        const weights = this.postingWeights[v.token]!;
        const n = Math.min(list.length, budget);
        budget -= n;
        for (let k = 0; k < n; k++) {
          const doc = list[k]!;
          const s = (v.weight * weights[k]!) / 3;
          if (best[doc] === 0) ofWord[nOfWord++] = doc;
          if (s > best[doc]!) {
            best[doc] = s;
            bestIsName[doc] = weights[k] === FIELD_WEIGHT.names ? 1 : 0;
          }
        }
        if (budget <= 0) break;
      }
      for (let k = 0; k < nOfWord; k++) {
        const doc = ofWord[k]!;
        if (matched[doc] === 0) touched[nTouched++] = doc;
        total[doc]! += best[doc]!;
        matched[doc]!++;
        nameWords[doc]! += bestIsName[doc]!;
        best[doc] = 0;
        bestIsName[doc] = 0;
      }
    });
    // A record must match at least half of the words: `Name Pacific` wants both, a stray word is forgiven.
    // No record has enough of them (two surnames among people): the partial matches still help.
    const need = Math.ceil(words.length / 2);
    let floor = 1;
    for (let k = 0; k < nTouched; k++) if (matched[touched[k]!]! >= need) floor = need;
    const better = (a: number, b: number) =>
      matched[a]! - matched[b]! || total[a]! - total[b]! || this.docs[a]!.centrality - this.docs[b]!.centrality;
    const room = limit - hits.length;
    const top: number[] = []; // the best `room` records, best first: no need to sort them all
    for (let k = 0; k < nTouched; k++) {
      const doc = touched[k]!;
      if (room <= 0 || matched[doc]! < floor || taken.has(doc) || total[doc]! / words.length < MIN_HIT_SCORE) continue;
      if (top.length === room && better(doc, top[room - 1]!) <= 0) continue;
      let at = top.length;
      while (at > 0 && better(doc, top[at - 1]!) > 0) at--;
      top.splice(at, 0, doc);
      if (top.length > room) top.pop();
    }
    for (const doc of top) hits.push(this.hit(doc, Math.min(0.99, total[doc]! / words.length), 'words', nameWords[doc] === words.length));
    for (let k = 0; k < nTouched; k++) {
      total[touched[k]!] = 0;
      matched[touched[k]!] = 0;
      nameWords[touched[k]!] = 0;
    }
    return hits.slice(0, limit);
  }
}

export interface SearchOptions {
  /** One kind, or every kind (for `/ask`). */
  kind?: Kind;
  limit?: number;
}

/** A kind's documents, asked for when that kind is first searched. */
export type DocumentsOf = (kind: Kind) => readonly SearchDoc[];

/**
 * One index per kind, and searches across them. A kind is built on its first use, so a one-line
 * console answer builds only what it asks of; servers build them all up front (`warm`).
 */
export class SearchIndex {
  private readonly built: (KindIndex | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly docsOf: DocumentsOf;

  constructor(docs: readonly SearchDoc[] | DocumentsOf) {
    if (typeof docs === 'function') {
      this.docsOf = docs;
    } else {
      const grouped = Object.fromEntries(KINDS.map((k) => [k, [] as SearchDoc[]])) as Record<Kind, SearchDoc[]>;
      for (const d of docs) grouped[d.kind].push(d);
      this.docsOf = (kind) => grouped[kind];
    }
  }

  private of(kind: Kind): KindIndex {
    const slot = kindSlot(kind);
    return (this.built[slot] ??= new KindIndex(this.docsOf(kind)));
  }

  /** Builds every kind now, so no interaction pays for it. */
  warm(): this {
    for (const kind of KINDS) this.of(kind);
    return this;
  }

  size(kind?: Kind): number {
    return kind ? this.of(kind).size : KINDS.reduce((n, k) => n + this.of(k).size, 0);
  }

  vocabularySize(): number {
    return KINDS.reduce((n, k) => n + this.of(k).vocabularySize, 0);
  }

  /** The id of the best record for an exact key (an id, name, alias, year…), without building hits. */
  exactId(input: string, kind: Kind): string | undefined {
    return this.of(kind).exactId(input);
  }

  /** The list for an empty query: meetings newest first, people with quotes, agreements. */
  defaults(kind?: Kind, limit = 25): Hit[] {
    if (kind) return this.of(kind).defaultHits(limit);
    return interleave(KINDS.map((k) => this.of(k).defaultHits(limit)), limit);
  }

  search(input: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const prepared = prepareQuery(input);
    const raw = input.length <= MAX_QUERY_CHARS ? input.trim() : '';
    // No words at all (blank, or only punctuation such as `|`): the list for an empty query.
    if (prepared === '') return { query: prepared, hits: this.defaults(options.kind, limit), suggestions: [] };
    const kinds = options.kind ? [options.kind] : KINDS;
    // Across kinds the four indexes share one query's budget, so /ask costs what one kind does.
    const budget = options.kind ? POSTINGS_BUDGET : POSTINGS_BUDGET / 2;
    const hits = mergeByScore(kinds.map((k) => this.of(k).search(raw, prepared, limit, FUZZY_THRESHOLD, budget)), limit);
    if (hits.length > 0) return { query: prepared, hits, suggestions: [] };
    // Did you mean: looser typo matching here, then the same words in the other kinds.
    const loose = mergeByScore(kinds.map((k) => this.of(k).search(raw, prepared, 5, SUGGEST_THRESHOLD)), 5).filter(
      (h) => h.score >= MIN_SUGGESTION_SCORE,
    );
    const elsewhere = options.kind
      ? mergeByScore(KINDS.filter((k) => k !== options.kind).map((k) => this.of(k).search(raw, prepared, 3)), 3)
      : [];
    return { query: prepared, hits: [], suggestions: [...loose, ...elsewhere].slice(0, 5) };
  }

  /** Autocomplete: at most 25 choices, names and values of 1–100 characters, best first. */
  autocomplete(input: string, kind?: Kind): Choice[] {
    const { hits, suggestions } = this.search(input, { kind, limit: 25 });
    const list = hits.length > 0 ? hits : suggestions.filter((s) => !kind || s.kind === kind);
    return list.slice(0, 25).map((h) => toChoice(h));
  }
}

export function toChoice(hit: Pick<Hit, 'label' | 'id'>): Choice {
  const name = hit.label.length > 100 ? `${hit.label.slice(0, 99)}…` : hit.label;
  return { name: name.trim() === '' ? hit.id.slice(0, 100) : name, value: hit.id.slice(0, 100) };
}

function mergeByScore(lists: Hit[][], limit: number): Hit[] {
  if (lists.length === 1) return lists[0]!.slice(0, limit);
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

function interleave(lists: Hit[][], limit: number): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; out.length < limit && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && out.length < limit) out.push(l[i]!);
  }
  return out;
}
