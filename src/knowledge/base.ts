// The knowledge base a running bot serves: the validated records, their search index, and the
// question answerer over their facts, built together (the answerer on first use).
import { type Answerer, createAnswerer } from './answer.js';
import { documentsOf } from './documents.js';
import { type Fact, factsOf } from './facts.js';
import type { Knowledge } from './load.js';
import { createReader } from './question.js';
import { SearchIndex } from './search.js';
import { readSnapshot } from './snapshot.js';

export interface KnowledgeBase {
  knowledge: Knowledge;
  index: SearchIndex;
  /** Every record as single facts. */
  readonly facts: Fact[];
  /** Reads questions and answers them from the facts. */
  readonly answerer: Answerer;
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  let facts: Fact[] | undefined;
  let answerer: Answerer | undefined;
  return {
    knowledge,
    index: new SearchIndex((kind) => documentsOf(knowledge, kind)),
    get facts() {
      return (facts ??= factsOf(knowledge));
    },
    get answerer() {
      return (answerer ??= createAnswerer(knowledge, this.facts, createReader(knowledge)));
    },
  };
}

/**
 * Loads, validates and indexes `dataDir`; throws DataError on any problem, leaving nothing
 * half-built. Data unchanged since the build comes from its validated snapshot. The whole index is
 * built unless `lazy` (a one-line console answer builds only the kinds it searches).
 */
export async function loadKnowledgeBase(dataDir: string, { lazy = false } = {}): Promise<KnowledgeBase> {
  const knowledge = readSnapshot(dataDir) ?? (await import('./load.js')).loadKnowledge(dataDir);
  const kb = buildKnowledgeBase(knowledge);
  if (!lazy) kb.index.warm();
  return kb;
}
