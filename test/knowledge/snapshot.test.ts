// The saved knowledge is read back only for the data files it was made from: unchanged stats are
// trusted without reading, anything else is hashed byte for byte.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fact, factsOf, restoredFacts, savedFacts } from '../../src/knowledge/facts.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { readSnapshot, snapshotFactsOf, writeSnapshot } from '../../src/knowledge/snapshot.js';
import { copyOfData } from '../helpers/data.js';

function saved(): { data: string; file: string; version: string } {
  const data = copyOfData();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'snap-')), 'snapshot.json');
  const k = loadKnowledge(data);
  writeSnapshot(k, file, data, savedFacts(factsOf(k)));
  return { data, file, version: k.version };
}

/** Every field of a fact, its three sets of stems as sorted lists. */
const plain = (f: Fact) => ({ ...f, stems: [...f.stems].sort(), evidenceStems: [...f.evidenceStems].sort(), summaryStems: [...f.summaryStems].sort() });

describe('the knowledge snapshot', () => {
  it('is read back for the same files', () => {
    const { data, file, version } = saved();
    expect(readSnapshot(data, file)?.version).toBe(version);
  });

  it('is written in ASCII, and reads back every record as loaded, Japanese and curly quotes included', () => {
    const { data, file } = saved();
    expect(readFileSync(file, 'utf8')).not.toMatch(/[^\t\n\r -~]/);
    const k = loadKnowledge(data);
    const back = readSnapshot(data, file)!;
    expect(JSON.stringify([...back.people])).toBe(JSON.stringify([...k.people]));
    expect(JSON.stringify([...back.glossary])).toBe(JSON.stringify([...k.glossary]));
    expect(JSON.stringify([...back.articles])).toBe(JSON.stringify([...k.articles]));
    expect(JSON.stringify([...back.articles])).toMatch(/’/);
  });

  it('carries the records\' Japanese words split as the reader splits them, with the ICU version that split them', () => {
    const { file } = saved();
    const japanese = (JSON.parse(readFileSync(file, 'utf8')) as { japanese: { icu: string; runs: [string, string[]][] } }).japanese;
    expect(japanese.icu).toBe(process.versions.icu);
    const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    const runs = new Map(japanese.runs);
    expect(runs.size).toBeGreaterThan(100);
    for (const [run, words] of runs) expect(words).toEqual([...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment));
  });

  it('carries the facts of its records: read back, they are the facts made from the records afresh', () => {
    const { data, file } = saved();
    const back = readSnapshot(data, file)!;
    const restored = restoredFacts(snapshotFactsOf(back)!);
    const made = factsOf(loadKnowledge(data));
    expect(made.some((f) => f.kind === 'passage') || made.length > 50).toBe(true);
    expect(restored.map(plain)).toEqual(made.map(plain));
  });

  it('carries no facts for a Node whose ICU may split Japanese words otherwise', () => {
    const { data, file } = saved();
    const factsFile = file.replace(/\.json$/, '-facts.json');
    const json = JSON.parse(readFileSync(factsFile, 'utf8')) as { icu: string };
    json.icu = 'another';
    writeFileSync(factsFile, JSON.stringify(json));
    const back = readSnapshot(data, file);
    expect(back).toBeDefined();
    expect(snapshotFactsOf(back!)).toBeUndefined();
  });

  it('keeps the facts in a file beside it, read once by the first question, and not read when made from other data', () => {
    const { data, file } = saved();
    const factsFile = file.replace(/\.json$/, '-facts.json');
    const back = readSnapshot(data, file)!;
    expect(snapshotFactsOf(back)!.length).toBeGreaterThan(50);
    expect(snapshotFactsOf(back)).toBeUndefined();
    const json = JSON.parse(readFileSync(factsFile, 'utf8')) as { version: string };
    json.version = 'another';
    writeFileSync(factsFile, JSON.stringify(json));
    expect(snapshotFactsOf(readSnapshot(data, file)!)).toBeUndefined();
  });

  it('is refused once a file’s bytes change', () => {
    const { data, file } = saved();
    const lexicon = path.join(data, 'lexicon', readdirSync(path.join(data, 'lexicon'))[0]!);
    appendFileSync(lexicon, '\n');
    expect(readSnapshot(data, file)).toBeUndefined();
  });

  it('is still read back when only a file’s time changed, by hashing its bytes', () => {
    const { data, file, version } = saved();
    const lexicon = path.join(data, 'lexicon', readdirSync(path.join(data, 'lexicon'))[0]!);
    const later = new Date(statSync(lexicon).mtimeMs + 60_000);
    utimesSync(lexicon, later, later);
    expect(readSnapshot(data, file)?.version).toBe(version);
  });
});
