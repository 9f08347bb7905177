// `npm run bench:pages`: what an open set of pages keeps in memory. Opens N multi-page answers
// through the gateway router (distinct users, a mix of questions), collects garbage, and divides
// the heap that stays by N. Everything the router keeps counts: the reply cache (bounded), the
// ids it remembers to answer a redelivery once. The last line printed is one JSON object.
import { createRouter } from '../src/bot/router.js';
import { loadCommands } from '../src/commands/registry.js';
import { loadKnowledgeBase } from '../src/knowledge/base.js';
import { createLogger } from '../src/log.js';
import { defaultDataDir } from '../src/paths.js';
import { fakeInteraction } from '../testing/fake-interaction.js';

const N = Number(process.env.BENCH_PAGES_N ?? 10_000);
const QUESTIONS = ['North Korea', 'minesweeping', 'Le Drian', 'ACSA', 'frigate', 'Indo-Pacific', 'Parly', 'Onodera', 'Kono', 'defence equipment', 'Africa', 'South China Sea'];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:pages does)');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const kb = await loadKnowledgeBase(defaultDataDir);
const commands = await loadCommands();
const router = createRouter({ commands, kb: () => kb, log: createLogger({ level: 'silent' }) });

// Warm: every question answered, many times, so the cache and the JIT are in place before measuring.
for (let i = 0; i < 2000; i++) await router.route(fakeInteraction({ kind: 'command', commandName: 'ask', options: { query: QUESTIONS[i % QUESTIONS.length]! } }));
const before = heap();
let multiPage = 0;
let idBytes = 0;
for (let i = 0; i < N; i++) {
  const interaction = fakeInteraction({ kind: 'command', commandName: 'ask', options: { query: QUESTIONS[i % QUESTIONS.length]! }, userId: String(300000000000000000n + BigInt(i)) });
  await router.route(interaction);
  const rows = (interaction.calls[0]?.payload as { components?: { components: { custom_id: string }[] }[] }).components ?? [];
  if (rows.length > 0) multiPage++;
  idBytes += rows.flatMap((r) => r.components).reduce((n, c) => n + c.custom_id.length, 0);
  interaction.calls.length = 0; // the test double's record, not the bot's
}
const retained = heap() - before;
const perSet = retained / N;
console.log(`${N} answers, ${multiPage} of them with page buttons: ${(retained / 1024 / 1024).toFixed(2)} MB retained in all, ${perSet.toFixed(0)} bytes per open page set; ids average ${(idBytes / Math.max(1, multiPage) / 2).toFixed(0)} characters`);
// Below zero is noise around nothing: the collector freed more of the warm-up than the sets keep.
console.log(JSON.stringify({ sets: N, multi_page: multiPage, retained_bytes: retained, bytes_per_set: Math.max(0, Math.round(perSet)) }));
