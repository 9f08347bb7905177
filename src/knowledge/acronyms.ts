// Acronyms the articles spell out: a code in capitals ("ABCD") and the capitalised phrase whose
// initials it is ("Alpha Bravo-Charlie Delta"), both found in the articles' own text. A fact that
// says one says the other, so a question in either form finds it.

/** Words skipped when reading initials: "Agreement on Acquisition and Cross-Servicing". */
const LINKS = new Set(['and', 'of', 'for', 'the', 'on', 'de', 'des', 'du', 'la', 'le', 'et']);

/** Each acronym used in the texts, with the phrase the texts spell it out as (the first found). */
export function acronymsOf(texts: Iterable<string>): Map<string, string> {
  const all = [...texts];
  const codes = new Set(all.flatMap((t) => t.match(/\b[A-Z]{2,6}\b/g) ?? []));
  const out = new Map<string, string>();
  if (codes.size === 0) return out;
  for (const text of all) {
    // Runs of capitalised words (hyphenated parts and dotted initials count one letter each), links allowed inside.
    for (const run of text.matchAll(/\b[A-Z][\p{L}.'’-]*(?:\s+(?:(?:and|of|for|the|on)\s+)?[A-Z][\p{L}.'’-]*)+/gu)) {
      const words = run[0].split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        let initials = '';
        for (let j = i; j < words.length && initials.length < 7; j++) {
          const w = words[j]!;
          if (LINKS.has(w)) continue;
          initials += w.includes('.') ? w.replace(/[^A-Z]/g, '') : w.split('-').map((p) => p.charAt(0)).join('').toUpperCase();
          if (codes.has(initials) && j > i && !out.has(initials)) out.set(initials, words.slice(i, j + 1).join(' '));
        }
      }
    }
  }
  return out;
}
