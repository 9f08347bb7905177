import { describe, expect, it } from 'vitest';
import { type Salience, salienceOf } from '../../src/knowledge/salience.js';
import type { Tag } from '../../src/knowledge/tagger.js';
import { openWordNet } from '../../src/knowledge/wordnet.js';
import { stem } from '../../src/knowledge/words.js';

const wordnet = openWordNet();
// A small article vocabulary of our own, as stems.
const vocabulary = new Set(['nuclear', 'minesweep', 'opposition', 'before', 'frigat', 'arm', 'research', 'asia', 'asian', 'territory', 'territorial', 'predict', 'describe', 'approve'].map(stem));
const of = (word: string, marked = false, english = true, tag?: Tag): Salience =>
  salienceOf({ word, marked, english, inArticles: (s) => vocabulary.has(s), framing: (s) => ['other', 'also'].includes(s), ...(tag ? { tag: () => tag, framingPosition: true } : {}) }, wordnet);

describe('what a question is about, and what only frames it', () => {
  it('asks for the part of speech only where it decides: a noun-only word, a word the sources use, or a known adverb needs none', () => {
    const asked: string[] = [];
    for (const word of ['philippines', 'nuclear', 'again', 'taiwan']) {
      salienceOf({ word, marked: false, english: true, inArticles: (s) => vocabulary.has(s), framing: () => false, framingPosition: false, tag: () => (asked.push(word), { pos: 'NOUN', lemma: word }) }, wordnet);
    }
    expect(asked).toEqual([]);
    // "switch" is a noun and a verb: the sentence decides.
    salienceOf({ word: 'switch', marked: false, english: true, inArticles: (s) => vocabulary.has(s), framing: () => false, tag: () => (asked.push('switch'), { pos: 'VERB', lemma: 'switch' }) }, wordnet);
    expect(asked).toContain('switch');
  });

  it('drops framing and chat: adverbs, short chat, the most general nouns, time nouns, verbs and adjectives the sources never use', () => {
    for (const w of ['again', 'basically', 'pls', 'u', 'someone', 'yrs', 'decide', 'trained', 'different', 'special']) expect(of(w).kind, w).toBe('framing');
  });

  it('keeps topic nouns and names the sources never mention, so the answer admits them', () => {
    for (const w of ['submarines', 'philippines', 'taiwan', 'troops', 'weather', 'australian']) expect(of(w), w).toMatchObject({ kind: 'topic', alternatives: [[stem(w)]] });
    // Everyday words are marked as such; names (as WordNet writes them) are not.
    for (const w of ['submarines', 'troops', 'weather']) expect(of(w), w).toMatchObject({ common: true });
    for (const w of ['philippines', 'taiwan', 'beijing']) expect(of(w), w).not.toHaveProperty('common');
  });

  it('reads a synonym or derived form the sources use as the same topic', () => {
    expect(of('atomic')).toMatchObject({ kind: 'topic', alternatives: [['atomic'], ['nuclear']] });
    expect(of('armaments')).toMatchObject({ kind: 'topic', alternatives: [[stem('armaments')], ['arm']] });
  });

  it('takes a verb whose noun the sources use, or an adverb they use, as a hint that never blocks', () => {
    expect(of('oppose')).toEqual({ kind: 'hint', alternatives: [[stem('oppose')], [stem('opposition')]] });
    expect(of('before').kind).toBe('hint');
  });

  it('takes an unknown word as a name when typed as one, or when long in an English question', () => {
    expect(of('snle', true).kind).toBe('topic');
    expect(of('rafale').kind).toBe('topic');
    expect(of('rafale', false, false).kind).toBe('framing');
    expect(of('point', false, false).kind).toBe('framing');
    expect(of('nuclear', false, false).kind).toBe('topic');
  });

  it('never takes a synonym of a name for it: Taiwan is not China', () => {
    vocabulary.add('china');
    expect(of('taiwan')).toEqual({ kind: 'topic', alternatives: [['taiwan']] });
    vocabulary.delete('china');
  });

  it('drops a verb in its sentence though WordNet also lists it as a noun, and keeps the noun', () => {
    expect(of('switch', false, true, { pos: 'VERB', lemma: 'switch' }).kind).toBe('framing');
    expect(of('switch').kind).toBe('topic');
    expect(of('switch', false, true, { pos: 'NOUN', lemma: 'switch' }).kind).toBe('topic');
    // An irregular form is weighed by its dictionary form; a name typed as one stays a topic.
    expect(of('brought', false, true, { pos: 'VERB', lemma: 'bring' }).kind).toBe('framing');
    expect(of('Rafale', true, true, { pos: 'VERB', lemma: 'rafale' }).kind).toBe('topic');
  });

  it('drops grammar, requests to the bot and "what kinds of", even where the sources use the word', () => {
    expect(of('wasnt', false, true, { pos: 'AUX', lemma: 'be' }).kind).toBe('framing');
    expect(of('research', false, true, { pos: 'VERB', lemma: 'research', role: 'request' }).kind).toBe('framing');
    expect(of('arm', false, true, { pos: 'NOUN', lemma: 'arm', role: 'classifier' }).kind).toBe('framing');
    expect(of('research', false, true, { pos: 'VERB', lemma: 'research' }).kind).toBe('topic');
  });

  it('reads a name and the name-adjective WordNet relates it to as one: "Asian" is also "Asia", and "Asia" (typed in a French question too) also "Asian"', () => {
    expect(of('asian')).toMatchObject({ kind: 'topic', alternatives: [[stem('asian')], [stem('asia')]] });
    expect(of('asia', true, false)).toMatchObject({ kind: 'topic', alternatives: [[stem('asia')], [stem('asian')]] });
  });

  it('reads a word WordNet lists first as a noun as the adjective its sentence makes it ("her top worries")', () => {
    expect(of('top', false, true, { pos: 'ADJ', lemma: 'top' }).kind).toBe('framing');
    expect(of('top', false, true, { pos: 'NOUN', lemma: 'top' }).kind).toBe('topic');
  });

  it('reads a noun the articles use as also its own family\'s forms they use ("territory", "territorial")', () => {
    expect(of('territory')).toMatchObject({ kind: 'topic', alternatives: [[stem('territory')], [stem('territorial')]] });
  });

  it('reads a verb\'s past or -ing form the articles use as how, not what ("predicted")', () => {
    expect(of('predicted')).toMatchObject({ kind: 'hint', alternatives: [[stem('predicted')]] });
  });

  it('reads a verb of saying as how someone put it when the question names a person, and as what is asked of no one', () => {
    const said = (word: string, ofPerson: boolean) => salienceOf({ word, marked: false, english: true, ofPerson, inArticles: (x) => vocabulary.has(x), framing: () => false, event: (x) => x === stem('agree') }, wordnet);
    expect(said('describe', true).kind).toBe('hint');
    expect(said('approve', false).kind).toBe('topic');
    // An event the reader reasons about stays what is asked.
    expect(said('agree', true).kind).not.toBe('hint');
  });
});

describe('verbs in a question that asks what or how', () => {
  const verb = (word: string, open: boolean) =>
    salienceOf({ word, marked: false, english: true, open, verbSlot: true, inArticles: (s) => vocabulary.has(s) || s === stem('stop') || s === stem('evasion'), framing: () => false, tag: () => ({ pos: 'VERB', lemma: word }) }, wordnet);

  it('a verb the sources use says how the thing asked was done: a hint, never required; asked whether, it is what is asked', () => {
    expect(verb('stop', true).kind).toBe('hint');
    expect(verb('stop', false).kind).toBe('topic');
  });

  it('a verb is read by where it stands ("will they stop"), not by the tagger, whose model is slow to load', () => {
    let tagged = 0;
    const s = salienceOf({ word: 'stop', marked: false, english: true, open: true, verbSlot: true, inArticles: (x) => x === stem('stop'), framing: () => false, tag: () => (tagged++, { pos: 'VERB', lemma: 'stop' }) }, wordnet);
    expect(s.kind).toBe('hint');
    expect(tagged).toBe(0);
  });

  it('a gerund the sources never use is a noun too: "dodging" finds "evasion"', () => {
    expect(verb('dodging', true)).toMatchObject({ kind: 'hint', alternatives: expect.arrayContaining([[stem('evasion')]]) });
  });
});

describe('compounds', () => {
  it('a compound the sources never use is also said by its head they use: "counterterrorism" by "terrorism"', () => {
    const s = salienceOf({ word: 'counterterrorism', marked: false, english: true, inArticles: (x) => x === stem('terrorism'), framing: () => false }, wordnet);
    expect(s).toMatchObject({ kind: 'topic', alternatives: expect.arrayContaining([[stem('terrorism')]]) });
    // A prefix that makes another thing does not: "cybersecurity" is no security passage's topic.
    const cyber = salienceOf({ word: 'cybersecurity', marked: false, english: true, inArticles: (x) => x === stem('security'), framing: () => false }, wordnet);
    expect(cyber.kind === 'topic' ? cyber.alternatives : []).not.toContainEqual([stem('security')]);
  });
});
