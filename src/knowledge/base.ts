// The knowledge base a running bot serves: the validated records and their search index, built together.
import { documentsFrom } from './documents';
import { type Knowledge, loadKnowledge } from './load';
import { SearchIndex } from './search';

export interface KnowledgeBase {
  knowledge: Knowledge;
  index: SearchIndex;
  loadedAt: Date;
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return { knowledge, index: new SearchIndex(documentsFrom(knowledge)), loadedAt: new Date() };
}

/** Loads, validates and indexes `dataDir`; throws DataError on any problem, leaving nothing half-built. */
export function loadKnowledgeBase(dataDir: string): KnowledgeBase {
  return buildKnowledgeBase(loadKnowledge(dataDir));
}
