// An article's text as sentences: cut at omission marks ("[…]"), split where a sentence ends. Plain
// text functions, shared by the loader, the coverage check, the ingest and the passages of facts.
import { splitParagraphs } from './text.js';

/** A line that is only "[…]" or "[...]": text left out of the stored article. */
export const GAP_LINE = /^[ \t]*\[(?:…|\.\.\.)\][ \t]*$/m;

/** A paragraph cut at its omission marks: no sentence or evidence spans one. */
export function piecesOf(paragraph: string): string[] {
  return paragraph
    .split(new RegExp(GAP_LINE.source, 'gm'))
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Sentences as the articles write them; "U.N." and "U.S." do not end one. */
export function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?][”"’']?\s+(?=[A-Z“"‘'])/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const before = paragraph.slice(start, m.index + 1);
    if (/\b(?:[A-Z]\.){2,}$/.test(before) || /\b(?:Mr|Ms|Mrs|Dr|St|No)\.$/.test(before)) continue;
    out.push(paragraph.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The sentences of an article as coverage counts them: by paragraph, cut at "[…]" lines. */
export function articleSentences(text: string): { paragraph: number; sentence: string }[] {
  return splitParagraphs(text).flatMap((p, paragraph) => piecesOf(p).flatMap((piece) => sentencesOf(piece).map((sentence) => ({ paragraph, sentence }))));
}

/** Where each sentence of an article sits in its text, by paragraph. */
export interface SentenceSpan {
  paragraph: number;
  start: number;
  end: number;
}

const spans = new Map<string, SentenceSpan[]>();

/** The sentences' places in a text, made once per text. */
export function sentenceSpans(text: string): SentenceSpan[] {
  let found = spans.get(text);
  if (!found) {
    let at = 0;
    found = articleSentences(text).flatMap(({ paragraph, sentence }) => {
      const start = text.indexOf(sentence, at);
      if (start < 0) return [];
      at = start + sentence.length;
      return [{ paragraph, start, end: at }];
    });
    if (spans.size > 256) spans.clear();
    spans.set(text, found);
  }
  return found;
}

/** A sentence that leans on the one before for whom or what it speaks of: "They agreed…", "The two also…", "It was…". */
const LEANS_BACK = /^(?:they|he|she|it|its|their|his|her|this|these|those|both|the (?:two|three|four|five)\b(?!\s+(?!also\b)\p{L}+s\b))/iu;

/**
 * Quoted passages of one text made to read on their own: a sentence that leans on the one before
 * gets that sentence too, and passages that touch in a paragraph become one. Order is kept; a
 * passage not found in the text is returned as it is.
 */
export function readablePassages(text: string, passages: string[]): string[] {
  const out: { start: number; end: number; paragraph: number; as?: string }[] = [];
  for (const p of passages) {
    let start = text.indexOf(p);
    if (start < 0) {
      out.push({ start: -1, end: -1, paragraph: -1, as: p });
      continue;
    }
    const end = start + p.length;
    const all = sentenceSpans(text);
    const at = all.findIndex((s) => s.end > start);
    const paragraph = all[at]?.paragraph ?? -1;
    const before = all[at - 1];
    if (at > 0 && all[at]!.start === start && LEANS_BACK.test(p) && before?.paragraph === paragraph) start = before.start;
    // Touching: overlapping, or only white space between them.
    const blank = (from: number, to: number) => from >= to || text.slice(from, to).trim() === '';
    const touching = out.find((o) => o.as === undefined && o.paragraph === paragraph && blank(o.end, start) && blank(end, o.start));
    if (touching) {
      touching.start = Math.min(touching.start, start);
      touching.end = Math.max(touching.end, end);
    } else out.push({ start, end, paragraph });
  }
  return out.map((o) => o.as ?? text.slice(o.start, o.end));
}
