// The knowledge base a running bot serves: the validated records, their search index, and the
// question answerer over their facts. The answerer and its modules load on first use: most
// lookups (`/quote <name>`, `/meeting <year>`) never read a question.
import type { Answerer } from './answer.js';
import { documentsOf } from './documents.js';
import type { Fact } from './facts.js';
import type { Knowledge } from './load.js';
import { SearchIndex } from './search.js';
import { readSnapshot, snapshotFactsOf } from './snapshot.js';

/** What reading and answering questions needs. */
export interface Answering {
  /** Every record as single facts. */
  facts: Fact[];
  /** Reads questions and answers them from the facts. */
  answerer: Answerer;
}

export interface KnowledgeBase {
  knowledge: Knowledge;
  index: SearchIndex;
  /** The answerer, loaded and built once, on first use. */
  answering(): Promise<Answering>;
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  let answering: Promise<Answering> | undefined;
  return {
    knowledge,
    index: new SearchIndex((kind) => documentsOf(knowledge, kind)),
    answering: () =>
      (answering ??= Promise.all([import('./answer.js'), import('./facts.js'), import('./question.js')]).then(([{ createAnswerer }, { factsOf, restoredFacts }, { createReader }]) => {
        const saved = snapshotFactsOf(knowledge);
        const facts = saved ? restoredFacts(saved) : factsOf(knowledge);
        return { facts, answerer: createAnswerer(knowledge, facts, createReader(knowledge)) };
      })),
  };
}

/** Questions of every common kind, in the three languages, asked once at a server's start. */
const WARM_UP = ['Who was the foreign minister at the latest meeting, and what did he say?', 'When and where was the first meeting held?', 'What did they agree on the last time they met?', '最新の会合はいつどこで開かれましたか？', 'Qui était le ministre de la Défense lors de la dernière réunion ?'];

/**
 * Loads, validates and indexes `dataDir`; throws DataError on any problem, leaving nothing
 * half-built. Data unchanged since the build comes from its validated snapshot. Servers get the
 * whole index and the answerer built; `lazy` (a one-line console answer) builds only what it uses.
 */
export async function loadKnowledgeBase(dataDir: string, { lazy = false } = {}): Promise<KnowledgeBase> {
  const knowledge = readSnapshot(dataDir) ?? (await import('./load.js')).loadKnowledge(dataDir);
  const kb = buildKnowledgeBase(knowledge);
  if (!lazy) {
    kb.index.warm();
    const { answerer } = await kb.answering();
    // The part-of-speech model loads in about a quarter of a second: not on a user's first question.
    (await import('./tagger.js')).warmTagger();
    // The first questions after a start compile the reader's and the handlers' code: a few asked
    // here, of no record in particular, so a user's first question is as fast as the rest.
    for (const question of WARM_UP) {
      try {
        answerer.answerParts(question);
      } catch {
        // Warming only: a question that fails fails again when a user asks it, and is reported then.
      }
    }
  }
  return kb;
}
