// Knowledge lives in data/, so that a new article needs no code: src/ names none of the people
// the records hold, nor the words of a meeting series. The list comes from data/, not from here.
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
});
