// npm run eval's question set, held to the committed floor: a change that answers fewer questions
// right, admits fewer gaps, or states a wrong fact fails the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { evaluate, loadQuestions } from '../../testing/eval.js';
import { commands, kb } from '../helpers/bot.js';

const floor = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'eval', 'floor.json'), 'utf8')) as { answerable_ok: number; unanswerable_ok: number; wrong_facts_at_most: number };

describe('the question set', () => {
  const questions = loadQuestions();

  it('is large and honest: at least 120 questions, 30 of them unanswerable, each with what it checks', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.unanswerable).length).toBeGreaterThanOrEqual(30);
    for (const q of questions) {
      if (q.unanswerable) continue;
      expect(q.answer, q.q).toBeTruthy();
      expect(q.evidence, q.q).toBeTruthy();
    }
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
  });

  it('scores at or above the committed floor, with no wrong fact', async () => {
    const r = await evaluate(commands, kb, questions);
    expect(r.failures).toEqual([]);
    expect(r.answerable_ok).toBeGreaterThanOrEqual(floor.answerable_ok);
    expect(r.unanswerable_ok).toBeGreaterThanOrEqual(floor.unanswerable_ok);
    expect(r.wrong_facts).toBeLessThanOrEqual(floor.wrong_facts_at_most);
  });

  it('the scorer can fail: a bot that always shows the same record admits nothing and answers few right', async () => {
    const always = { ...commands, get: () => commands.get('meeting') };
    const r = await evaluate(always as typeof commands, kb, questions.map((q) => ({ ...q, command: undefined, query: '2018' })));
    expect(r.unanswerable_ok).toBeLessThan(floor.unanswerable_ok);
    expect(r.answerable_ok).toBeLessThan(floor.answerable_ok);
  });
});
