import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadKnowledge, type Problem } from '../../src/knowledge/load.js';
import { defaultDataDir } from '../../src/paths.js';
import { statusAsOf } from '../../src/knowledge/time.js';
import { copyOfData, editJson } from '../helpers/data.js';

function problemsOf(dir: string): Problem[] {
  try {
    loadKnowledge(dir);
  } catch (err) {
    if (err instanceof DataError) return err.problems;
    throw err;
  }
  throw new Error('expected the data to be rejected');
}

describe('loadKnowledge', () => {
  it('loads the real knowledge base', () => {
    const k = loadKnowledge(defaultDataDir);
    expect(k.articles.size).toBe(2);
    expect(k.meetings.size).toBe(4);
    expect([...k.quotes.values()].filter((q) => q.kind === 'direct')).toHaveLength(6);
    expect(k.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('names the file of malformed JSON', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'quotes/parly-2018-three-concerns.json'), '{ "id": "parly-2018-three-concerns", ');
    const [p, ...rest] = problemsOf(dir);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: path.join('data', 'quotes', 'parly-2018-three-concerns.json') });
    expect(p!.reason).toMatch(/^is not valid JSON/);
  });

  it('names record and field of a missing field', () => {
    const dir = copyOfData();
    editJson(dir, 'meetings/two-plus-two-2018.json', (m) => delete m.date);
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ file: path.join('data', 'meetings', 'two-plus-two-2018.json'), record: 'two-plus-two-2018', field: 'date' }),
    );
  });

  it('names record and field of a nested schema violation', () => {
    const dir = copyOfData();
    editJson(dir, 'agreements/acsa.json', (a) => ((a.timeline as { date: { value: string } }[])[1]!.date.value = '2017-13'));
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ record: 'acsa', field: 'timeline[1].date.value', reason: '"2017-13" is not a calendar date' }),
    );
  });

  it('rejects an unknown speaker', () => {
    const dir = copyOfData();
    editJson(dir, 'quotes/parly-2018-three-concerns.json', (q) => (q.speaker = 'florence-parley'));
    expect(problemsOf(dir)).toEqual([
      { file: path.join('data', 'quotes', 'parly-2018-three-concerns.json'), record: 'parly-2018-three-concerns', field: 'speaker', reason: 'unknown person "florence-parley"' },
    ]);
  });

  it('rejects a word a glossary glosses twice, naming the entry', () => {
    const dir = copyOfData();
    writeFileSync(
      path.join(dir, 'glossaries/ja-test.json'),
      JSON.stringify({ id: 'ja-test', language: 'ja', entries: [{ say: ['試験'], en: ['test'] }, { say: ['検査', '試験'], en: ['inspection'] }] }),
    );
    expect(problemsOf(dir)).toEqual([{ file: path.join('data', 'glossaries', 'ja-test.json'), record: 'ja-test', field: 'entries[1].say', reason: '"試験" is glossed twice' }]);
  });

  it('reads a French glossary\'s words as the reader sees them, so two spellings of one word are one word glossed twice', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'glossaries/fr-test.json'), JSON.stringify({ id: 'fr-test', language: 'fr', entries: [{ say: ['Évêque'], en: ['bishop'] }, { say: ['eveque'], en: ['bishop'] }] }));
    expect(problemsOf(dir)).toEqual([{ file: path.join('data', 'glossaries', 'fr-test.json'), record: 'fr-test', field: 'entries[1].say', reason: '"eveque" is glossed twice' }]);
    const other = copyOfData();
    writeFileSync(path.join(other, 'glossaries/fr-test.json'), JSON.stringify({ id: 'fr-test', language: 'fr', entries: [{ say: ["Hôtel d'Essai"], en: ['Test House'] }] }));
    expect(loadKnowledge(other).glossary.get('hotel d essai')).toEqual(['test house']);
  });

  it('rejects evidence that is not in its article', () => {
    const dir = copyOfData();
    editJson(dir, 'people/florence-parly.json', (p) => {
      const offices = p.offices as { evidence: { text: string }[] }[];
      offices[0]!.evidence[0]!.text = 'French Minister for the Armed Forces Florence Parly said nothing.';
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ record: 'florence-parly', field: 'offices[0].evidence[0].text' });
    expect(problems[0]!.reason).toMatch(/^not found in article "2018-01-26-fourth-two-plus-two"/);
  });

  it('accepts curly/straight quote and spacing differences, as the normaliser promises', () => {
    const dir = copyOfData();
    editJson(dir, 'quotes/le-drian-2015-glad.json', (q) => {
      const ev = q.evidence as { text: string }[];
      ev[0]!.text = ev[0]!.text.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '  ');
    });
    expect(() => loadKnowledge(dir)).not.toThrow();
  });

  it('rejects a duplicate id', () => {
    const dir = copyOfData();
    copyFileSync(path.join(dir, 'people/taro-kono.json'), path.join(dir, 'people/taro-kono-copy.json'));
    expect(problemsOf(dir)).toContainEqual({
      file: path.join('data', 'people', 'taro-kono.json'),
      record: 'taro-kono',
      field: 'id',
      reason: `duplicate id: already used by ${path.join('data', 'people', 'taro-kono-copy.json')}`,
    });
  });

  it('rejects evidence resting on the subscription appeal', () => {
    const dir = copyOfData();
    editJson(dir, 'quotes/kishida-2015-terrorism.json', (q) => {
      q.evidence = [{ article: '2015-second-two-plus-two', text: 'By subscribing, you can help us get the story right.' }];
      q.text = 'By subscribing';
    });
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ record: 'kishida-2015-terrorism', field: 'evidence[0].text', reason: expect.stringMatching(/excluded from facts \(appeal\)/) }),
    );
  });

  it('rejects an article whose text was edited', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'articles/2015-second-two-plus-two.txt'), 'Japan and France signed nothing.');
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ record: '2015-second-two-plus-two', field: 'source.sha256' }),
    );
  });

  it('rejects a participant who holds no office on the meeting\'s date', () => {
    const dir = copyOfData();
    editJson(dir, 'meetings/two-plus-two-2015.json', (m) => {
      (m.participants as { person: string }[])[0]!.person = 'taro-kono';
    });
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ record: 'two-plus-two-2015', field: 'participants[0].person', reason: expect.stringMatching(/holds no office on 2015/) }),
    );
  });

  it('rejects a stored "as of": a status is as of the newest article its record cites, worked out, never written down', () => {
    const dir = copyOfData();
    editJson(dir, 'agreements/acsa.json', (a) => {
      (a.status as Record<string, unknown>).asOf = { value: '2015', precision: 'year', provenance: 'inferred', basis: 'b' };
    });
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ record: 'acsa', field: 'status' }));
  });

  it('dates a status by the newest article its record cites', () => {
    const k = loadKnowledge(defaultDataDir);
    // The ACSA is cited by both articles; the equipment pact by the 2015 report only.
    expect(statusAsOf(k, k.agreements.get('acsa')!).value).toBe('2018-01-26');
    expect(statusAsOf(k, k.agreements.get('defense-equipment-transfer-pact')!).value).toBe(k.articles.get('2015-second-two-plus-two')!.date.value);
  });

  it('prints file, record and field in its message', () => {
    const dir = copyOfData();
    editJson(dir, 'quotes/parly-2018-three-concerns.json', (q) => (q.meeting = 'two-plus-two-2019'));
    expect(() => loadKnowledge(dir)).toThrow(
      `${path.join('data', 'quotes', 'parly-2018-three-concerns.json')} › record "parly-2018-three-concerns" › field meeting: unknown meeting "two-plus-two-2019"`,
    );
  });
});
