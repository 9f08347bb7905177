// `npm run data:check`: validates the knowledge base and proves every piece of evidence; exit 1 on any problem.
import { DataError, loadKnowledge } from '../src/knowledge/load.js';
import { defaultDataDir } from '../src/paths.js';

const dataDir = process.argv[2] ?? defaultDataDir;
try {
  const k = loadKnowledge(dataDir);
  console.log(
    `data ok (version ${k.version}): ${k.articles.size} articles, ${k.people.size} people, ${k.meetings.size} meetings, ` +
      `${k.quotes.size} quotes, ${k.agreements.size} agreements; every evidence passage found in its article`,
  );
} catch (err) {
  if (err instanceof DataError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
