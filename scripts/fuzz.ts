// `npm run fuzz`: the hostile-input properties of test/properties, with many more runs
// (FUZZ_RUNS, default 10,000 a property). Prints how many inputs were tried.
import fc from 'fast-check';
import { loadCommands } from '../src/commands/registry.js';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { defaultDataDir } from '../src/paths.js';
import { anyLocale, autocompleteProblems, commandProblems, hostileInput, makeRouter } from '../testing/hostile.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const kb = await loadKnowledgeBase(defaultDataDir);
const commands = await loadCommands();
const { route, errors } = makeRouter(commands, kb);
let tried = 0;
let failed = 0;
const started = performance.now();

for (const command of commands.list) {
  for (const [what, check] of [
    ['reply', commandProblems],
    ['autocomplete', autocompleteProblems],
  ] as const) {
    const result = await fc.check(
      fc.asyncProperty(hostileInput, anyLocale, async (input, locale) => {
        tried++;
        const problems = await check(route, errors, command.name, input, locale);
        if (problems.length > 0) throw new Error(problems.join('; '));
      }),
      { numRuns: RUNS },
    );
    if (result.failed) {
      failed++;
      console.log(`/${command.name} ${what}: FAILED after ${result.numRuns} runs: ${JSON.stringify(result.counterexample)} — ${String(result.errorInstance)}`);
    } else {
      console.log(`/${command.name} ${what}: ${result.numRuns} inputs, all fine`);
    }
  }
}
console.log(`${tried} inputs tried in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failed} properties failed`);
process.exitCode = failed > 0 ? 1 : 0;
