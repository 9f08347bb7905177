// `npm run eval [-- FILE]`: a question set (test/eval/questions.json by default, or a batch under
// test/eval/batches/) through the bot's own command modules. Prints each failure, a summary line,
// and last one JSON line.
import path from 'node:path';
import { loadCommands } from '../src/commands/registry.js';
import { buildKnowledgeBase } from '../src/knowledge/base.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { defaultDataDir } from '../src/paths.js';
import { evaluate, loadQuestions, questionsFile } from '../testing/eval.js';

const file = process.argv[2] ? path.resolve(process.argv[2]) : questionsFile;
const kb = buildKnowledgeBase(loadKnowledge(process.env.DATA_DIR ?? defaultDataDir));
const r = await evaluate(await loadCommands(), kb, loadQuestions(file));
for (const f of r.failures) console.log(f);
console.log(`answerable ${r.answerable_ok}/${r.answerable}, unanswerable ${r.unanswerable_ok}/${r.unanswerable}, wrong facts ${r.wrong_facts}, false "not covered" ${r.false_not_covered}`);
console.log(JSON.stringify({ answerable_ok: r.answerable_ok, answerable: r.answerable, unanswerable_ok: r.unanswerable_ok, unanswerable: r.unanswerable, wrong_facts: r.wrong_facts, false_not_covered: r.false_not_covered, questions: r.questions }));
