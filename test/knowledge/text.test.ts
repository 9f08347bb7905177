import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, tokenize, rememberJapaneseSplits } from '../../src/knowledge/text.js';

const words = (s: string) => tokenize(normalizeForSearch(s));

describe('search normalisation and words', () => {
  it('reads plain ASCII the same way as any other text: the fast path changes nothing', () => {
    // The general rule, written out: fold width and accents, lower case, one space between words.
    const general = (t: string) => t.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (t) => normalizeForSearch(t) === general(t)), { numRuns: 2000 });
    expect(tokenize(normalizeForSearch("France's 2+2 talks"))).toEqual(['france', 's', '2', '2', 'talks']);
  });

  it('folds accents on Latin letters only: ド stays ド, Vendémiaire becomes vendemiaire', () => {
    expect(normalizeForSearch('ル・ドリアン')).toBe('ル ドリアン');
    expect(normalizeForSearch('2プラス2')).toBe('2プラス2');
    expect(normalizeForSearch('Vendémiaire, Le-Drian')).toBe('vendemiaire le drian');
  });

  it('splits unspaced Japanese into words, the same way on both sides', () => {
    expect(words('河野外相は何と言いましたか')).toContain('河野');
    expect(words('防衛大臣')).toEqual(words('日本の防衛大臣').slice(-2));
    expect(words('Taro Kono')).toEqual(['taro', 'kono']);
  });
});

describe('Japanese splits saved with the snapshot', () => {
  it('are used only when this Node\'s ICU made them', () => {
    rememberJapaneseSplits({ icu: 'another-icu', runs: [['試験運用案', ['試', '験運用案']]] });
    expect(tokenize('試験運用案')).not.toEqual(['試', '験運用案']);
    rememberJapaneseSplits({ icu: process.versions.icu ?? '', runs: [['評価用語句', ['評', '価用語句']]] });
    expect(tokenize('評価用語句')).toEqual(['評', '価用語句']);
  });
});
