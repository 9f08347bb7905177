import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, loadKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { defaultDataDir } from '../../src/paths.js';

describe('knowledge base', () => {
  it('builds the answerer once, on first use, over every record’s facts', async () => {
    const kb = buildKnowledgeBase(loadKnowledge(defaultDataDir));
    const first = kb.answering();
    expect(kb.answering()).toBe(first);
    const { answerer, facts } = await first;
    expect(facts.some((f) => f.id === 'two-plus-two-2018:meeting')).toBe(true);
    expect(answerer.answer('who was France’s defence minister in 2015?')).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders' } });
  });

  it('a server’s knowledge base has its answerer ready before the first interaction', async () => {
    const kb = await loadKnowledgeBase(defaultDataDir);
    let settled = false;
    void kb.answering().then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
