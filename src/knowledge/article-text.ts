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
