// `npm run build`, after tsc: validates data/ in full and saves it for fast starts.
import { factsOf, savedFacts } from '../knowledge/facts.js';
import { loadKnowledge } from '../knowledge/load.js';
import { snapshotFile, writeSnapshot } from '../knowledge/snapshot.js';
import { defaultDataDir } from '../paths.js';

const k = loadKnowledge(defaultDataDir);
writeSnapshot(k, undefined, defaultDataDir, savedFacts(factsOf(k)));
console.log(`Saved the validated knowledge base (data version ${k.version}) to ${snapshotFile}`);
