// Why a sentence of an article is not news: a byline, a caption, boilerplate, a fragment cut off by
// the stored text. What is left is news, for the drafters; what they draft nothing from is listed
// as "not drafted".
import { sentencesOf } from '../knowledge/coverage.js';
import { piecesOf } from '../knowledge/load.js';
import type { UnusedReason } from '../knowledge/schema.js';
import { splitParagraphs } from '../knowledge/text.js';

export interface Sentence {
  paragraph: number;
  text: string;
  /** Set when the sentence is not news: nothing is drafted from it. */
  unused?: { reason: UnusedReason; note?: string };
}

const ENDS = /[.!?][”"’')\]]*$/;
const BOILERPLATE = /\b(?:copyright|all rights reserved|subscribe|sign up|newsletter|read more|related (?:articles|stories)|click here|follow us|advertisement)\b/i;
const CAPTION = /^(?:photo|picture|caption|pictured|image|above|top)\b\s*[:(—–-]|\((?:[A-Z][\w .]*\/)?(?:AP|AFP|Reuters|Kyodo|Jiji|Getty)?\s*(?:Photo|Images?)[^)]*\)\s*$|^\[photo\b/i;
const BYLINE = /^(?:by\s+[A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|de|la|le|van|von))*(?:,\s*[\p{L} ]+)?|(?:reporting|writing|editing|additional reporting) by\b.*|[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]+,\s*(?:staff (?:writer|reporter)|correspondent)\b.*)$/iu;

/** Every sentence of an article's body, in the order coverage counts them, with the reason it is not news where it is not. */
/** `substantive` tells a sentence that names what we follow (a country) from boilerplate that shares its words ("sign up"). */
export function classify(body: string, substantive: (sentence: string) => boolean = () => false): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = splitParagraphs(body);
  paragraphs.forEach((p, paragraph) => {
    const pieces = piecesOf(p);
    pieces.forEach((piece, pi) => {
      const sentences = sentencesOf(piece);
      sentences.forEach((sentence, si) => {
        const base = { paragraph, text: sentence };
        const lastOfText = paragraph === paragraphs.length - 1 && pi === pieces.length - 1 && si === sentences.length - 1;
        // Cut off by a "[…]" line or by the end of the stored text: no whole sentence to rest a fact on.
        const beforeGap = pi < pieces.length - 1 && si === sentences.length - 1;
        const afterGap = pi > 0 && si === 0;
        const unused = reasonFor(sentence, p, { lastOfText, beforeGap, afterGap }, substantive);
        out.push(unused ? { ...base, unused } : base);
      });
    });
  });
  return out;
}

function reasonFor(sentence: string, paragraph: string, at: { lastOfText: boolean; beforeGap: boolean; afterGap: boolean }, substantive: (sentence: string) => boolean): Sentence['unused'] {
  if (BYLINE.test(sentence) && sentence.length < 100) return { reason: 'byline' };
  if (BOILERPLATE.test(sentence) && !/\bminister/i.test(sentence) && !substantive(sentence)) return { reason: 'boilerplate' };
  if (CAPTION.test(paragraph)) return { reason: 'caption', note: 'a photo caption, not the report itself' };
  if (!ENDS.test(sentence)) {
    if (at.lastOfText) return { reason: 'fragment', note: 'cut off by the end of the stored text' };
    if (at.beforeGap) return { reason: 'fragment', note: 'cut off where text is left out ([…])' };
    if (at.afterGap) return { reason: 'fragment', note: 'begins after text left out ([…])' };
    if (/^\p{Lu}/u.test(sentence) && sentence.length < 90 && !/[,;]/.test(sentence)) return { reason: 'heading' };
    return { reason: 'fragment', note: 'does not end as a sentence' };
  }
  if (at.afterGap && /^[a-z(,;–—-]/.test(sentence)) return { reason: 'fragment', note: 'begins after text left out ([…])' };
  return undefined;
}
