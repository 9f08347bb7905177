// Every sentence of every article is reachable: used as evidence by some record, or excluded on
// purpose with a reason in the article's metadata. What is neither is a fact the bot cannot give.
import { factsOf } from './facts.js';
import type { Knowledge } from './load.js';
import { normalizeForEvidence, splitParagraphs } from './text.js';

export interface Uncovered {
  article: string;
  sentence: string;
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

export function uncoveredSentences(k: Knowledge): Uncovered[] {
  const evidence = factsOf(k).flatMap((f) => f.evidence.map((e) => ({ article: e.article, text: normalizeForEvidence(e.text) })));
  const out: Uncovered[] = [];
  for (const a of k.articles.values()) {
    const paragraphs = splitParagraphs(a.text);
    paragraphs.forEach((p, i) => {
      const note = a.paragraphs.find((n) => n.index === i);
      // A paragraph excluded from facts is excluded with its reason (the subscription appeal).
      if (note && !note.usableAsEvidence) return;
      for (const sentence of sentencesOf(p)) {
        const s = normalizeForEvidence(sentence);
        // Used if some evidence holds the sentence, or the sentence holds a whole passage of evidence.
        const used = evidence.some((e) => e.article === a.id && (e.text.includes(s) || (s.includes(e.text) && e.text.length >= Math.min(40, s.length))));
        if (!used) out.push({ article: a.id, sentence });
      }
    });
  }
  return out;
}
