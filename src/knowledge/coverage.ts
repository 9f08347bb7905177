// Every sentence of every article is reachable: used as evidence by some record, or excluded on
// purpose with a reason in the article's metadata. What is neither is a fact the bot cannot give.
import { type Fact, factsOf } from './facts.js';
import { articleSentences } from './article-text.js';
import type { Knowledge } from './load.js';
import { normalizeForEvidence } from './text.js';

export { articleSentences, sentencesOf } from './article-text.js';

export interface Uncovered {
  article: string;
  sentence: string;
}

export function uncoveredSentences(k: Knowledge, facts: Fact[] = factsOf(k)): Uncovered[] {
  // Evidence by article: with thousands of articles, each sentence is compared with its own article's evidence only.
  const evidence = new Map<string, string[]>();
  for (const f of facts) {
    // A passage is the sentence itself: it says nothing of whether a record uses it.
    if (f.kind === 'passage') continue;
    for (const e of f.evidence) {
      const list = evidence.get(e.article) ?? [];
      list.push(normalizeForEvidence(e.text));
      evidence.set(e.article, list);
    }
  }
  const out: Uncovered[] = [];
  for (const a of k.articles.values()) {
    const mine = evidence.get(a.id) ?? [];
    // An ingested article lists every sentence no record uses, each with its reason.
    const unused = new Set((a.unused ?? []).map((u) => normalizeForEvidence(u.sentence)));
    for (const { paragraph, sentence } of articleSentences(a.text)) {
      const note = a.paragraphs.find((n) => n.index === paragraph);
      // A paragraph excluded from facts is excluded with its reason (the subscription appeal).
      if (note && !note.usableAsEvidence) continue;
      const s = normalizeForEvidence(sentence);
      if (unused.has(s)) continue;
      // Used if some evidence holds the sentence, or the sentence holds a whole passage of evidence.
      const used = mine.some((e) => e.includes(s) || (s.includes(e) && e.length >= Math.min(40, s.length)));
      if (!used) out.push({ article: a.id, sentence });
    }
  }
  return out;
}
