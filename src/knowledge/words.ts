// Words as the question reader compares them: normalised, lightly stemmed, with the lexicon's
// paraphrases mapped to the words the articles use. Deliberately small: two short articles do not
// need an NLP library, and a stemmer applied the same way to both sides is all matching needs.
import type { LexiconEntry } from './schema.js';
import { normalizeForSearch, tokenize } from './text.js';

const IRREGULAR: Record<string, string> = {
  met: 'meet', said: 'say', says: 'say', held: 'hold', took: 'take', spoke: 'speak', told: 'tell', went: 'go', won: 'win', led: 'lead',
  defence: 'defense', died: 'die', dying: 'die', men: 'man', women: 'woman', people: 'person',
  // Irregular past forms: "have taken place" is "take place".
  taken: 'take', given: 'give', gave: 'give', made: 'make', written: 'write', wrote: 'write', spoken: 'speak', chosen: 'choose', chose: 'choose',
  begun: 'begin', began: 'begin', came: 'come', gone: 'go', seen: 'see', saw: 'see', known: 'know', knew: 'know',
  shown: 'show', brought: 'bring', sought: 'seek', fought: 'fight', sent: 'send', spent: 'spend', built: 'build', kept: 'keep', found: 'find',
  paid: 'pay', sold: 'sell', stood: 'stand', understood: 'understand', broke: 'break', broken: 'break', drawn: 'draw', drew: 'draw', thought: 'think',
  struck: 'strike', bound: 'bind', meant: 'mean', felt: 'feel', put: 'put', set: 'set', hit: 'hit',
};

/** A word's comparable form: `agreed`/`agree`, `exercises`/`exercise`, `met`/`meet` become one. */
export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  if (/^\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(s|x|ch|sh|z)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  // "agreed" is "agree" + d: dropping "ed" and then the final "e" would leave "agr", not "agre".
  else if (w.endsWith('eed') && w.length > 5) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Normalised tokens; a lone "s" (from "France's") dropped. */
export function wordsOf(text: string): string[] {
  return tokenize(normalizeForSearch(text)).filter((w) => w !== 's');
}

export function stemsOf(text: string): string[] {
  return wordsOf(text).map(stem);
}

/** Optimal string alignment distance (a transposition is one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** A phrase of the question, as typed, and the ways the articles may say it (each a list of stems, all needed). */
export interface Term {
  text: string;
  alternatives: string[][];
  /** Which lexicon entry rewrote it, if any. */
  via?: string;
  /**
   * An everyday word for an act, a message or an idea ("ploy", "agenda"), not a thing, a name or a
   * code: where the articles never use it, they may still say what it names in other words.
   */
  everyday?: boolean;
  /**
   * Any everyday word, a thing's too ("port", "island"), not a name or a code: where the articles
   * never use it, they may name the thing otherwise ("based in", "territorial claims").
   */
  common?: boolean;
  /** What the question asks for or is about ("which submarine", "say about tariffs"), not a word beside it. */
  subject?: boolean;
  /** The kind of thing asked for ("which areas", "what sort of systems"): an answer names such things, often without the word. */
  askedFor?: boolean;
  /** The verb a yes-or-no question asks ("did they honour the victims?"): what is asked, never read past. */
  verbAsked?: boolean;
}

/** Whether a text's stems say what the term says, in one of its ways. */
export function covers(stems: ReadonlySet<string>, term: Term): boolean {
  return term.alternatives.some((alt) => alt.every((s) => stems.has(s)));
}

export interface Lexicon {
  /** Phrases (as word lists) longest first, each with what it means. */
  phrases: { words: string[]; means: string[][]; id: string }[];
  generic: Set<string>;
}

/** `stopwords`: dropped from synonym phrases, as they are from questions before matching ("Corée du Nord"). */
export function buildLexicon(entries: Iterable<LexiconEntry>, stopwords: ReadonlySet<string> = new Set()): Lexicon {
  const phrases: Lexicon['phrases'] = [];
  const generic = new Set<string>();
  for (const e of entries) {
    for (const say of e.say) {
      const all = wordsOf(say);
      const kept = e.kind === 'synonym' ? all.filter((w) => !stopwords.has(w)) : all;
      const words = (kept.length > 0 ? kept : all).map(stem);
      if (words.length === 0) continue;
      if (e.kind === 'generic') {
        if (words.length === 1) generic.add(words[0]!);
        else phrases.push({ words, means: [], id: e.id });
      } else phrases.push({ words, means: (e.means ?? []).map(stemsOf), id: e.id });
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { phrases, generic };
}

/**
 * The question's words as terms: lexicon phrases (longest first) become one term standing for what
 * they mean; a generic multi-word phrase disappears; other words are terms of their own.
 */
export function termsOf(words: string[], lexicon: Lexicon): Term[] {
  const terms: Term[] = [];
  const stems = words.map(stem);
  for (let i = 0; i < words.length; ) {
    // Matched on stems: "drills" is said as "drill", "killed" as "kill".
    const hit = lexicon.phrases.find((p) => p.words.every((w, j) => stems[i + j] === w));
    if (hit) {
      if (hit.means.length > 0) terms.push({ text: words.slice(i, i + hit.words.length).join(' '), alternatives: [hit.words, ...hit.means], via: hit.id });
      i += hit.words.length;
      continue;
    }
    terms.push({ text: words[i]!, alternatives: [[stem(words[i]!)]] });
    i++;
  }
  return terms;
}
