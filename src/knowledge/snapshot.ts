// The validated knowledge base, saved by `npm run build` and read back at start-up when the data
// files are byte for byte the ones it was made from: a start skips parsing and checking them again
// (and loading zod), and any change to data/ falls back to the full check.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import path from 'node:path';
import { distDir } from '../paths.js';
import type { SavedFact } from './facts.js';
import type { Knowledge } from './load.js';
import { japaneseSplits, rememberJapaneseSplits } from './text.js';

/** Folders of the knowledge base, as loadKnowledge reads them. */
export const DATA_FOLDERS = ['articles', 'people', 'meetings', 'quotes', 'agreements', 'lexicon', 'series', 'countries', 'places', 'offices', 'glossaries'] as const;

export const snapshotFile = path.join(distDir, 'knowledge-snapshot.json');

/** Every data file, in the order the version hashes them. */
function dataFiles(dataDir: string): string[] {
  return DATA_FOLDERS.flatMap((folder) => {
    const dir = path.join(dataDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((n) => n.endsWith('.json') || n.endsWith('.txt'))
      .sort()
      .map((name) => `${folder}/${name}`);
  });
}

/** A short hash of every data file (name and bytes): tells which data a running bot serves. */
export function dataVersion(dataDir: string): string {
  // node:crypto takes milliseconds to load, and a start from an unchanged snapshot never hashes: loaded here.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  const hash = createHash('sha256');
  for (const file of dataFiles(dataDir)) hash.update(`${file}\u0000`).update(readFileSync(path.join(dataDir, file)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Each data file's name, size, modification and change times and inode, as one string (the change
 * time moves on any write, even one that puts the modification time back): when it is what the snapshot
 * recorded, the files are the ones it was made from without reading them (as git's index trusts a
 * file whose stat is unchanged). Any difference falls back to hashing every byte.
 */
function statManifest(dataDir: string): string | undefined {
  // Compared whole, not hashed: hashing would load node:crypto on every start for a few kilobytes.
  const lines: string[] = [];
  try {
    for (const file of dataFiles(dataDir)) {
      const st = statSync(path.join(dataDir, file));
      lines.push(`${file}\u0000${st.size}\u0000${st.mtimeMs}\u0000${st.ino}\u0000${st.ctimeMs}`);
    }
  } catch {
    // A file gone while listing: the byte hash decides.
    return undefined;
  }
  return lines.join('\n');
}

type Saved = { [K in keyof Knowledge]: Knowledge[K] extends Map<infer Key, infer V> ? [Key, V][] : Knowledge[K] } & { stat?: string; japanese?: ReturnType<typeof japaneseSplits> };

/** The facts' file beside a snapshot: read only when a question is first answered, not by every start. */
const factsFileOf = (file: string) => file.replace(/\.json$/, '') + '-facts.json';

/** Where the facts saved with a snapshot's knowledge are, by the knowledge read back from it. */
const factsSaved = new WeakMap<Knowledge, string>();

/**
 * The facts factsOf made of this knowledge when the snapshot was saved, if it was read from one, the
 * facts were saved with it, and this Node's ICU split their Japanese words (a fact's stems hold
 * them). Read once: a second call makes them afresh.
 */
export function snapshotFactsOf(k: Knowledge): SavedFact[] | undefined {
  const file = factsSaved.get(k);
  factsSaved.delete(k);
  if (!file || !existsSync(file)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; icu: string; list: SavedFact[] };
    return saved.version === k.version && saved.icu === (process.versions.icu ?? '') ? saved.list : undefined;
  } catch {
    return undefined;
  }
}

/** Every string a value holds, at any depth. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

/**
 * Saves the checked knowledge. Given the folder it was loaded from, it also records the files'
 * stat, if their bytes are still the ones loaded, so that a start need not read them to know. Given
 * the knowledge's facts (savedFacts(factsOf(k))), they go in a file beside it, which the first
 * question answered reads instead of making them (a `/person` answer never reads it).
 */
export function writeSnapshot(k: Knowledge, file = snapshotFile, dataDir?: string, facts?: SavedFact[]): void {
  const stat = dataDir !== undefined ? statManifest(dataDir) : undefined;
  const unchanged = dataDir !== undefined && dataVersion(dataDir) === k.version;
  const saved: Saved = {
    ...(stat !== undefined && unchanged ? { stat } : {}),
    articles: [...k.articles],
    people: [...k.people],
    meetings: [...k.meetings],
    quotes: [...k.quotes],
    agreements: [...k.agreements],
    lexicon: [...k.lexicon],
    series: [...k.series],
    countries: [...k.countries],
    places: [...k.places],
    offices: [...k.offices],
    glossary: [...k.glossary],
    mentions: [...k.mentions],
    version: k.version,
  };
  // Every Japanese word of the records, split as the reader splits them.
  saved.japanese = japaneseSplits(stringsOf(saved));
  // Written as ASCII (\uXXXX for the rest): read back, it is a one-byte string, half the memory of
  // the two-byte one a single "’" would make of the whole file (tens of megabytes at thousands of articles).
  const ascii = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, ascii(saved));
  // A stale facts file is told by its version and never read.
  if (facts) writeFileSync(factsFileOf(file), ascii({ version: k.version, icu: process.versions.icu ?? '', list: facts }));
}

/** The snapshot's knowledge if it was made from exactly these data files; otherwise undefined. */
export function readSnapshot(dataDir: string, file = snapshotFile): Knowledge | undefined {
  if (!existsSync(file)) return undefined;
  let saved: Saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
  } catch {
    return undefined;
  }
  const trusted = saved.stat !== undefined && saved.stat === statManifest(dataDir);
  if (!trusted) {
    try {
      if (saved.version !== dataVersion(dataDir)) return undefined;
    } catch {
      return undefined;
    }
  }
  if (saved.japanese) rememberJapaneseSplits(saved.japanese);
  const k: Knowledge = {
    articles: new Map(saved.articles),
    people: new Map(saved.people),
    meetings: new Map(saved.meetings),
    quotes: new Map(saved.quotes),
    agreements: new Map(saved.agreements),
    lexicon: new Map(saved.lexicon),
    series: new Map(saved.series),
    countries: new Map(saved.countries),
    places: new Map(saved.places),
    offices: new Map(saved.offices),
    glossary: new Map(saved.glossary ?? []),
    mentions: new Map(saved.mentions),
    version: saved.version,
  };
  factsSaved.set(k, factsFileOf(file));
  return k;
}
