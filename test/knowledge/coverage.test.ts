// Every passage the articles put in quotation marks is represented in the knowledge base.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf, uncoveredSentences } from '../../src/knowledge/coverage.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { normalizeForEvidence } from '../../src/knowledge/text.js';
import { defaultDataDir } from '../../src/paths.js';

const k = loadKnowledge(defaultDataDir);

/** Quoted terms that are names, not speech. */
const NAMES_NOT_SPEECH = ['two-plus-two', 'Japonismes 2018'];

const bare = (s: string) => normalizeForEvidence(s).replace(/^[\s"',.]+|[\s"',.]+$/g, '');

function quotedPassages(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) out.push(bare(m[1] ?? m[2]!));
  return out;
}

describe('quotation coverage', () => {
  const passages = [...k.articles.values()].flatMap((a) => quotedPassages(a.text).map((p) => ({ article: a.id, passage: p })));

  it('finds the quoted passages of both articles, straight and curly', () => {
    expect(passages.filter((p) => p.article === '2018-01-26-fourth-two-plus-two')).toHaveLength(9);
    expect(passages.filter((p) => p.article === '2015-second-two-plus-two')).toHaveLength(6);
  });

  it.each(passages)('"$passage" is a record or a listed name', ({ article, passage }) => {
    if (NAMES_NOT_SPEECH.includes(passage)) return;
    const direct = [...k.quotes.values()].filter((q) => q.kind === 'direct' && bare(q.text) === passage);
    const reported = [...k.quotes.values()].filter(
      (q) => q.kind === 'reported' && q.evidence.some((e) => e.article === article && normalizeForEvidence(e.text).includes(passage)),
    );
    const agreements = [...k.agreements.values()].filter((a) =>
      [a.status.evidence, ...a.covers.map((c) => c.evidence)].flat().some((e) => e.article === article && normalizeForEvidence(e.text).includes(passage)),
    );
    expect(direct.length + reported.length + agreements.length, passage).toBeGreaterThan(0);
  });

  it('has the six direct quotes, each from a named speaker', () => {
    const direct = [...k.quotes.values()].filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker).sort()).toEqual(
      ['florence-parly', 'fumio-kishida', 'itsunori-onodera', 'jean-yves-le-drian', 'jean-yves-le-drian', 'taro-kono'],
    );
  });

  it('keeps Fabius and Nakatani as reported speech only', () => {
    for (const who of ['laurent-fabius', 'gen-nakatani']) {
      const theirs = [...k.quotes.values()].filter((q) => q.speaker === who);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((q) => q.kind === 'reported')).toBe(true);
    }
  });
});

describe('articles', () => {
  it('are the shared articles verbatim, where shared/ is present', () => {
    const shared = path.resolve(defaultDataDir, '../../shared/articles');
    for (const a of k.articles.values()) {
      let original: string;
      try {
        original = readFileSync(path.join(shared, a.source.file), 'utf8');
      } catch {
        continue; // a clone without shared/ beside it: the SHA-256 check in the loader still holds
      }
      expect(a.text).toBe(original);
    }
  });

  it('mark the 2015 date as inferred and the 2018 one as printed', () => {
    expect(k.articles.get('2015-second-two-plus-two')!.date).toMatchObject({ value: '2015', precision: 'year', weekday: 'Friday', external: { value: '2015-03-13' } });
    expect(k.articles.get('2018-01-26-fourth-two-plus-two')!.date).toMatchObject({ value: '2018-01-26', provenance: 'printed' });
  });
});

describe('sentence coverage (npm run data:check)', () => {
  it('splits sentences as the articles write them: "U.N." ends none', () => {
    expect(sentencesOf('They met. The U.N. Security Council met “again.” Then Mr. Kono left.')).toEqual(['They met.', 'The U.N. Security Council met “again.”', 'Then Mr. Kono left.']);
  });

  it('every sentence of both articles is used by a record, the appeal excepted with its reason', () => {
    expect(uncoveredSentences(k)).toEqual([]);
    const appeal = k.articles.get('2015-second-two-plus-two')!.paragraphs.find((p) => p.kind === 'appeal')!;
    expect(appeal).toMatchObject({ usableAsEvidence: false, note: expect.stringContaining('not news') });
  });

  it('finds a sentence no record uses', () => {
    const without: typeof k = { ...k, agreements: new Map([...k.agreements].filter(([id]) => id !== 'counter-terrorism-cooperation')) };
    expect(uncoveredSentences(without).map((u) => u.sentence)).toContain('Terrorist attacks in France in January left 17 people dead, while two Japanese were recently killed by the Islamic State group after being taken hostage in Syria.');
  });
});
