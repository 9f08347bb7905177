import { describe, expect, it } from 'vitest';
import { documentsFrom, documentsOf } from '../../src/knowledge/documents.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Kind, MAX_QUERY_CHARS, SearchIndex, prepareQuery } from '../../src/knowledge/search.js';
import { defaultDataDir } from '../../src/paths.js';

const knowledge = loadKnowledge(defaultDataDir);
const index = new SearchIndex(documentsFrom(knowledge));
const top = (q: string, kind?: Kind) => index.search(q, { kind }).hits[0]?.id;

describe('SearchIndex: intended record first', () => {
  it.each([
    ['Parley', 'person', 'florence-parly'],
    ['Parly', 'person', 'florence-parly'],
    ['Onodera', 'person', 'itsunori-onodera'],
    ['onodra', 'person', 'itsunori-onodera'],
    ['ledrian', 'person', 'jean-yves-le-drian'],
    ['le-drian', 'person', 'jean-yves-le-drian'],
    ['LE DRIAN', 'person', 'jean-yves-le-drian'],
    ['Le Drain', 'person', 'jean-yves-le-drian'],
    ['Vendémiaire', 'agreement', 'first-bilateral-maritime-exercises'],
    ['vendemiaire', 'agreement', 'first-bilateral-maritime-exercises'],
    ['ACSA', 'agreement', 'acsa'],
    ['ACAS', 'agreement', 'acsa'],
    ['acquisition and cross servicing', 'agreement', 'acsa'],
    ['minesweping', 'agreement', 'minesweeping-research'],
    ['fourth', 'meeting', 'two-plus-two-2018'],
    ['4th', 'meeting', 'two-plus-two-2018'],
    ['2018', 'meeting', 'two-plus-two-2018'],
    ['2018-01-26', 'meeting', 'two-plus-two-2018'],
    ['Paris', 'meeting', 'two-plus-two-2014'],
    ['second', 'meeting', 'two-plus-two-2015'],
    ['Parly', 'quote', 'parly-2018-three-concerns'],
    ['world’s dynamism', 'quote', 'kono-2018-free-and-open'],
    ['安倍', 'person', 'shinzo-abe'],
    // Through the lexicon: what people say for the words the records use.
    ['supply sharing deal', 'agreement', 'acsa'],
    ['warship', 'agreement', 'first-bilateral-maritime-exercises'],
    ['drones', 'agreement', 'defense-equipment-transfer-pact'],
  ] as const)('%s (%s) → %s', (query, kind, expected) => {
    expect(top(query, kind)).toBe(expected);
  });

  it('ranks the central record first on a short prefix', () => {
    expect(top('Par', 'person')).toBe('florence-parly');
    expect(top('Le D', 'person')).toBe('jean-yves-le-drian');
  });

  it('finds words that sit in different fields', () => {
    const hits = index.search('Parly Pacific').hits;
    expect(hits[0]?.id).toBe('two-plus-two-2018'); // Parly took part; "Pacific" is in its outcomes
  });

  it('searches across kinds for a question', () => {
    const ids = index.search('what did they say about North Korea?').hits.map((h) => h.id);
    expect(ids[0]).toBe('north-korea-pressure');
    expect(ids).toContain('parly-2018-three-concerns');
  });

  it('gives exact matches the score 1 and word matches less', () => {
    expect(index.search('ACSA', { kind: 'agreement' }).hits[0]).toMatchObject({ score: 1, match: 'exact' });
    const typo = index.search('Parley', { kind: 'person' }).hits[0]!;
    expect(typo.match).toBe('words');
    expect(typo.score).toBeLessThan(1);
    expect(typo.score).toBeGreaterThan(0.3);
  });
});

describe('prepareQuery', () => {
  it('drops stop words before the cap on words: the year at the end of a long question is kept', () => {
    const q = prepareQuery('Who was it that held the defence portfolio for the French side at the 2015 talks');
    expect(q.split(' ').length).toBeLessThanOrEqual(8);
    expect(q).toContain('2015');
    expect(q).not.toMatch(/\b(who|was|the|at)\b/);
  });
});

describe('SearchIndex: input is text, never syntax', () => {
  it.each([
    ["'Parly", 'Parly'],
    ['!Kono', 'Kono'],
    ['^Onodera', 'Onodera'],
    ['Fabius$', 'Fabius'],
    ['=ACSA', 'ACSA'],
    ['Parly | Kono', 'Parly Kono'],
    ['**Parly**', 'Parly'],
  ])('%s searches like %s', (hostile, plain) => {
    expect(index.search(hostile).hits).toEqual(index.search(plain).hits);
  });

  it('bounds the query before matching', () => {
    const long = 'Parly '.repeat(1000);
    expect(prepareQuery(long).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const result = index.search(long, { kind: 'person' });
    expect(result.hits[0]?.id).toBe('florence-parly');
  });

  it('answers a 6,000-character input within limits', () => {
    const paste = 'x'.repeat(2000) + ' Kono ' + '€😀\u200b\u202e'.repeat(800);
    expect(paste.length).toBeGreaterThanOrEqual(6000);
    const choices = index.autocomplete(paste.slice(0, 6000), 'person');
    expect(choices.length).toBeLessThanOrEqual(25);
  });
});

describe('SearchIndex: empty input and misses', () => {
  it.each(['', '   ', '\t\n'])('empty input %j gives the default list', (q) => {
    expect(index.search(q, { kind: 'meeting' }).hits.map((h) => h.id)).toEqual([
      'two-plus-two-2018',
      'two-plus-two-2017',
      'two-plus-two-2015',
      'two-plus-two-2014',
    ]);
    const people = index.search(q, { kind: 'person' }).hits.map((h) => h.id);
    expect(people.sort()).toEqual(['florence-parly', 'fumio-kishida', 'itsunori-onodera', 'jean-yves-le-drian', 'taro-kono']);
    expect(index.search(q, { kind: 'agreement' }).hits[0]?.id).toBe('acsa');
  });

  it('mixes the kinds for an empty query across all kinds, without listing everything', () => {
    const hits = index.search('', { limit: 25 }).hits;
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['meeting', 'person', 'quote', 'agreement']));
    expect(hits.length).toBeLessThan(index.size());
  });

  it('suggests records of other kinds on a miss', () => {
    const r = index.search('Abe', { kind: 'quote' });
    expect(r.hits).toEqual([]);
    expect(r.suggestions[0]).toMatchObject({ kind: 'person', id: 'shinzo-abe' });
  });

  it('returns nothing, and no invented suggestion, for junk', () => {
    expect(index.search('banana')).toMatchObject({ hits: [], suggestions: [] });
    expect(index.search('zzqx', { kind: 'person' })).toMatchObject({ hits: [], suggestions: [] });
  });
});

describe('SearchIndex: autocomplete', () => {
  it('gives at most 25 choices of 1–100 characters, best first', () => {
    for (const kind of ['meeting', 'person', 'quote', 'agreement'] as const) {
      for (const q of ['', 'a', 'Le', 'Tokyo', 'the', '2015']) {
        const choices = index.autocomplete(q, kind);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThanOrEqual(1);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeGreaterThanOrEqual(1);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }
    }
    expect(index.autocomplete('Vend', 'agreement')[0]?.value).toBe('first-bilateral-maritime-exercises');
  });
});

describe('SearchIndex: built per kind, on first use', () => {
  it('a lookup builds only its kind; warm builds the rest, and each kind once', () => {
    const asked: Kind[] = [];
    const lazy = new SearchIndex((kind) => {
      asked.push(kind);
      return documentsOf(knowledge, kind);
    });
    expect(asked).toEqual([]);
    expect(lazy.exactId('Parly', 'person')).toBe('florence-parly');
    expect(lazy.search('Parley', { kind: 'person' }).hits[0]?.id).toBe('florence-parly');
    expect(asked).toEqual(['person']);
    lazy.warm();
    lazy.search('ACSA');
    expect(asked).toEqual(['person', 'meeting', 'quote', 'agreement']);
  });

  it('answers as the index built from every document at once', () => {
    const lazy = new SearchIndex((kind) => documentsOf(knowledge, kind));
    for (const q of ['2018', 'Parly Pacific', 'ACSA', 'onodra', 'supply sharing deal', '']) expect(lazy.search(q)).toEqual(index.search(q));
    expect(lazy.size()).toBe(index.size());
  });
});
