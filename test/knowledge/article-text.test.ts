import { describe, expect, it } from 'vitest';
import { readablePassages } from '../../src/knowledge/article-text.js';

// An article we wrote: invented names and facts.
const text = [
  'Sato and Dumont met at Kasumi Hall on Monday. They agreed to hold drills in Lyon. The two also named a liaison team.',
  'It was their third meeting. The three ministers spoke to reporters afterwards.',
].join('\n\n');

describe('readablePassages', () => {
  it('gives a sentence that leans on the one before ("They agreed…", "The two also…") that sentence too', () => {
    expect(readablePassages(text, ['They agreed to hold drills in Lyon.'])).toEqual(['Sato and Dumont met at Kasumi Hall on Monday. They agreed to hold drills in Lyon.']);
    expect(readablePassages(text, ['The two also named a liaison team.'])).toEqual(['They agreed to hold drills in Lyon. The two also named a liaison team.']);
  });

  it('never reaches into the paragraph before, and leaves a sentence that names its subject alone', () => {
    expect(readablePassages(text, ['It was their third meeting.'])).toEqual(['It was their third meeting.']);
    expect(readablePassages(text, ['The three ministers spoke to reporters afterwards.'])).toEqual(['The three ministers spoke to reporters afterwards.']);
  });

  it('makes passages that follow each other in a paragraph one, in the order given, and keeps apart those of different paragraphs', () => {
    expect(readablePassages(text, ['Sato and Dumont met at Kasumi Hall on Monday.', 'It was their third meeting.', 'They agreed to hold drills in Lyon.'])).toEqual([
      'Sato and Dumont met at Kasumi Hall on Monday. They agreed to hold drills in Lyon.',
      'It was their third meeting.',
    ]);
  });

  it('returns a passage it cannot find as it was given', () => {
    expect(readablePassages(text, ['Mori was not there.'])).toEqual(['Mori was not there.']);
  });
});
