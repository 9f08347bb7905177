// `npm run data:check`: validates the knowledge base and proves every piece of evidence; exit 1 on any problem.
import { uncoveredSentences } from '../src/knowledge/coverage.js';
import { DataError, loadKnowledge } from '../src/knowledge/load.js';
import { defaultDataDir } from '../src/paths.js';

const dataDir = process.argv[2] ?? defaultDataDir;
try {
  const k = loadKnowledge(dataDir);
  // Coverage: a sentence no record uses is a fact the bot can never give.
  const uncovered = uncoveredSentences(k);
  if (uncovered.length > 0) {
    console.error(`${uncovered.length} sentence(s) of the articles are used by no record. Add a record (or evidence) for each, or exclude its paragraph in the article's metadata with a reason:`);
    for (const u of uncovered) console.error(`  data/articles/${u.article}.txt: "${u.sentence}"`);
    process.exit(1);
  }
  const excluded = [...k.articles.values()].flatMap((a) => a.paragraphs.filter((p) => !p.usableAsEvidence).map((p) => `${a.id} ¶${p.index} (${p.kind})`));
  console.log(
    `data ok (version ${k.version}): ${k.articles.size} articles, ${k.people.size} people, ${k.meetings.size} meetings, ` +
      `${k.quotes.size} quotes, ${k.agreements.size} agreements, ${k.lexicon.size} lexicon entries; every evidence passage found in its article; ` +
      `every sentence used by a record, except ${excluded.join(', ') || 'none'}, excluded with a reason`,
  );
} catch (err) {
  if (err instanceof DataError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
