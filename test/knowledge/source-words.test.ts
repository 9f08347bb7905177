// Knowledge lives in data/, so that a new article needs no code: src/ names none of the people
// the records hold, the words of a meeting series, the countries or the places. The list comes from data/, not from here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { defaultDataDir, repoRoot } from '../../src/paths.js';

const k = loadKnowledge(defaultDataDir);
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

describe('src/ names nothing of our sources', () => {
  it('no person’s name or alias, and no series word', () => {
    const words = [
      ...[...k.people.values()].flatMap((p) => [p.name, ...p.aliases]),
      ...[...k.series.values()].flatMap((s) => s.words.filter((w) => /\p{L}{3}/u.test(w))),
    ].filter((w) => w.length >= 4);
    const found: string[] = [];
    for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const w of words) if (text.includes(w.toLowerCase())) found.push(`${path.relative(repoRoot, file)}: ${w}`);
    }
    expect(found).toEqual([]);
  });

  it('no country’s or place’s name: countries, cities and venues are read from data/countries and data/places', () => {
    const names = [
      // Names only: the adjectives are also the languages' names ("Japanese readers").
      ...[...k.countries.values()].flatMap((c) => [c.name.en, c.name.ja, c.name.fr]),
      ...[...k.places.values()].flatMap((p) => [p.name, p.ja, p.fr, ...p.aliases]),
    ].filter((w) => w.length >= 4 || /\p{Script=Han}|\p{Script=Katakana}/u.test(w));
    const found: string[] = [];
    for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
      // The code, not its comments: an example in a comment is not vocabulary the code depends on.
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
      for (const w of new Set(names)) {
        // Whole words only: "Nice" is a city, "nicely" is not; case as written, so "nice" in prose is not the city either.
        if (new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)) found.push(`${path.relative(repoRoot, file)}: ${w}`);
      }
    }
    expect(found).toEqual([]);
  });
});
