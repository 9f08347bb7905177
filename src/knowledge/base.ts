// The knowledge base a running bot serves: the validated records and their search index, built together.
import { documentsFrom } from './documents.js';
import type { Knowledge } from './load.js';
import { SearchIndex } from './search.js';
import { readSnapshot } from './snapshot.js';

export interface KnowledgeBase {
  knowledge: Knowledge;
  index: SearchIndex;
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return { knowledge, index: new SearchIndex(documentsFrom(knowledge)) };
}

/**
 * Loads, validates and indexes `dataDir`; throws DataError on any problem, leaving nothing
 * half-built. Data unchanged since the build comes from its validated snapshot.
 */
export async function loadKnowledgeBase(dataDir: string): Promise<KnowledgeBase> {
  const knowledge = readSnapshot(dataDir) ?? (await import('./load.js')).loadKnowledge(dataDir);
  return buildKnowledgeBase(knowledge);
}
