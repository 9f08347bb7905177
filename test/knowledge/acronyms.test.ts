// Acronyms spelled out in the articles' own text.
import { describe, expect, it } from 'vitest';
import { acronymsOf } from '../../src/knowledge/acronyms.js';

describe('acronymsOf', () => {
  it('pairs a code in capitals with the capitalised phrase whose initials it is, hyphens and links included', () => {
    const found = acronymsOf([
      'The Coastal Patrol-Liaison Group of Nordland met on Monday. Officials of the Agency for Harbour Safety attended.',
      'The CPLG will meet again; the AHS said so. The UN was not there.',
    ]);
    expect(found.get('CPLG')).toBe('Coastal Patrol-Liaison Group');
    expect(found.get('AHS')).toBe('Agency for Harbour Safety');
    // A code no phrase spells out stays unpaired.
    expect(found.has('UN')).toBe(false);
  });

  it('finds nothing where no code is used', () => {
    expect(acronymsOf(['Nothing here is abbreviated.']).size).toBe(0);
  });
});
