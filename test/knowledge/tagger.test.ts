import { describe, expect, it } from 'vitest';
import { tagWords } from '../../src/knowledge/tagger.js';

describe('parts of speech in context', () => {
  it('tells a verb from the noun WordNet also lists, by its sentence', () => {
    expect(tagWords('did the envoy switch sides?').get('switch')?.pos).toBe('VERB');
    expect(tagWords('where is the light switch?').get('switch')?.pos).toBe('NOUN');
    expect(tagWords('when does the festival kick off').get('kick')?.pos).toBe('VERB');
  });

  it('finds the bare verb of a do-question where the model reads the sentence as a run of nouns', () => {
    expect(tagWords('did the 2015 meeting touch on the epidemic?').get('touch')?.pos).toBe('VERB');
    // A question with a verb the model found keeps its tags; so does one without "do".
    expect(tagWords('did the defence minister visit Lyon?').get('minister')?.pos).toBe('NOUN');
    expect(tagWords('was the meeting venue in Lyon?').get('venue')?.pos).toBe('NOUN');
  });

  it('gives the dictionary form of an irregular verb', () => {
    expect(tagWords('who brought up the sanctions').get('brought')).toMatchObject({ pos: 'VERB', lemma: 'bring' });
  });

  it('reads a contraction typed without its apostrophe as the auxiliary', () => {
    expect(tagWords('wasnt the summit in osaka?').get('wasnt')).toMatchObject({ pos: 'AUX', lemma: 'be' });
    expect(tagWords('didnt they meet twice').get('didnt')?.pos).toBe('AUX');
  });

  it('marks a request to the bot and the head of "what kinds of", and nothing else', () => {
    expect(tagWords('pls describe the treaty').get('describe')?.role).toBe('request');
    expect(tagWords('could you describe the treaty').get('describe')?.role).toBe('request');
    expect(tagWords('did they describe the treaty').get('describe')?.role).toBeUndefined();
    expect(tagWords('what sorts of ships took part').get('sorts')?.role).toBe('classifier');
    expect(tagWords('what ships took part').get('ships')?.role).toBeUndefined();
  });
});
