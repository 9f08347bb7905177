// Text normalisation shared by the data check and the search index, so both compare text the same way.

const QUOTE_MARKS: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
};

/** Straight quote marks and single spaces: how evidence is compared with its article. */
export function normalizeForEvidence(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2032]/g, (c) => QUOTE_MARKS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The search form of a text: accents dropped from Latin letters (NFKD, then NFKC), case folded, every run of punctuation or
 * spacing one space. `De-Vries`, `de vries` and `DE VRIES` all become `de vries`; `Vendémiaire`
 * becomes `vendemiaire`. Letters of other scripts (Japanese) are kept.
 */
export function normalizeForSearch(text: string): string {
  // Printable ASCII and spacing (most of the articles' sentences) has no accents or width forms to fold.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    // Accents go from Latin letters only: ド must stay ド, not become ト.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ASCII = /^[ -~\s]*$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let japaneseWords: Intl.Segmenter | undefined;
/**
 * Japanese runs already split, by the run: the knowledge snapshot brings those of every record, so a
 * start that reads no Japanese never loads ICU's dictionary (about 15 ms).
 */
const segmented = new Map<string, string[]>();

/** How many runs are kept: enough for every record, and not grown without end by what users type. */
const MAX_SPLITS = 50_000;

/** The Japanese runs of these texts, split, for the snapshot, with the ICU version that split them. */
export function japaneseSplits(texts: Iterable<string>): { icu: string; runs: [string, string[]][] } {
  const runs = new Map<string, string[]>();
  for (const text of texts) {
    if (!CJK.test(text)) continue;
    for (const token of normalizeForSearch(text).split(' ')) if (CJK.test(token)) runs.set(token, splitJapanese(token));
  }
  return { icu: process.versions.icu ?? '', runs: [...runs] };
}

/** Splits saved by `japaneseSplits`, used only when this Node's ICU made them (another may split otherwise). */
export function rememberJapaneseSplits(saved: { icu: string; runs: [string, string[]][] }): void {
  if (saved.icu !== (process.versions.icu ?? '')) return;
  for (const [run, words] of saved.runs) segmented.set(run, words);
}

/**
 * Words of a normalised text. Japanese has no spaces: a run of it is split into words by ICU's
 * dictionary (Intl.Segmenter), the same way for questions, names and records, so "河野外相は" holds
 * the word "河野" and "防衛大臣" is the two words "防衛 大臣" on both sides.
 */
export function tokenize(normalized: string): string[] {
  if (normalized === '') return [];
  if (!CJK.test(normalized)) return normalized.split(' ');
  const out: string[] = [];
  for (const token of normalized.split(' ')) {
    if (!CJK.test(token)) {
      out.push(token);
      continue;
    }
    out.push(...splitJapanese(token));
  }
  return out;
}

function splitJapanese(run: string): string[] {
  let words = segmented.get(run);
  if (!words) {
    japaneseWords ??= new Intl.Segmenter('ja', { granularity: 'word' });
    words = [...japaneseWords.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
    if (segmented.size < MAX_SPLITS) segmented.set(run, words);
  }
  return words;
}

/** Paragraphs as the data files count them: blocks separated by blank lines, trimmed, 0-based. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Cuts to at most `max` characters (UTF-16 units, as Discord counts), ending with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Orders ISO dates (and other ASCII keys) by code unit: exact, and no collator to load. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
