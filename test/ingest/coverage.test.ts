// Sentence coverage of ingested articles: each sentence used as evidence, or listed unused with a reason.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { classify } from '../../src/ingest/sentences.js';
import { uncoveredSentences } from '../../src/knowledge/coverage.js';
import { DataError, loadKnowledge } from '../../src/knowledge/load.js';
import { repoRoot } from '../../src/paths.js';
import { copyOfData, editJson } from '../helpers/data.js';
import { WIRE, writeTemp } from './helpers.js';

const ID = '2021-06-04-japan-and-france-agree-to-widen-naval-drills';

describe('coverage of ingested articles', () => {
  it('gives each unused sentence a reason', () => {
    const body = 'By Anne Invented\n\nPhoto: ministers shake hands in Tokyo (Invented Photo)\n\nJapan and France held talks. They spoke at length.\n[…]\nand then the ministers\n\nAll rights reserved. Subscribe to our newsletter.\n\nThe talks went on until the evening when the';
    const reasons = classify(body).map((s) => [s.text, s.unused?.reason]);
    expect(reasons).toEqual([
      ['By Anne Invented', 'byline'],
      ['Photo: ministers shake hands in Tokyo (Invented Photo)', 'caption'],
      ['Japan and France held talks.', undefined],
      ['They spoke at length.', undefined],
      ['and then the ministers', 'fragment'],
      ['All rights reserved.', 'boilerplate'],
      ['Subscribe to our newsletter.', 'boilerplate'],
      ['The talks went on until the evening when the', 'fragment'],
    ]);
  });

  it('lets no sentence span a […] line', () => {
    const s = classify('Ministers met in Tokyo\n[…]\non Friday. They agreed.');
    expect(s.map((x) => x.text)).toEqual(['Ministers met in Tokyo', 'on Friday.', 'They agreed.']);
    expect(s[0]!.unused?.reason).toBe('fragment');
    expect(s[1]!.unused?.reason).toBe('fragment');
  });

  it('fails the data check for a sentence neither used nor listed, naming it', async () => {
    const data = copyOfData();
    await ingest(writeTemp('wire.txt', WIRE), { dataDir: data });
    editJson(data, `articles/${ID}.json`, (a) => ((a.unused as unknown[]).splice(1, 1)));
    const uncovered = uncoveredSentences(loadKnowledge(data));
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0]!.article).toBe(ID);
    const run = promisify(execFile);
    const result = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'data-check.ts'), data]).catch((err: { code: number; stderr: string }) => err);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toContain(`data/articles/${ID}.txt`);
  }, 30_000);

  it('refuses an unused sentence that is not in the text, and an unknown reason', async () => {
    const data = copyOfData();
    await ingest(writeTemp('wire.txt', WIRE), { dataDir: data });
    const file = path.join(data, 'articles', `${ID}.json`);
    const unused = JSON.parse(readFileSync(file, 'utf8')).unused as { sentence: string; reason: string }[];
    editJson(data, `articles/${ID}.json`, (a) => {
      a.unused = [...unused, { sentence: 'A sentence the article never had.', reason: 'not-drafted' }, { sentence: unused[0]!.sentence, reason: 'because' }];
    });
    let problems: DataError['problems'] = [];
    try {
      loadKnowledge(data);
    } catch (err) {
      if (err instanceof DataError) problems = err.problems;
    }
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining([`unused[${unused.length + 1}].reason`]));
    editJson(data, `articles/${ID}.json`, (a) => {
      a.unused = [...unused, { sentence: 'A sentence the article never had.', reason: 'not-drafted' }];
    });
    try {
      loadKnowledge(data);
      throw new Error('expected a problem');
    } catch (err) {
      expect((err as DataError).problems).toEqual([expect.objectContaining({ record: ID, field: `unused[${unused.length}].sentence` })]);
    }
  });

  it('keeps the seed articles valid: our headlines, no unused list', () => {
    const k = loadKnowledge(path.join(repoRoot, 'data'));
    for (const a of k.articles.values()) {
      expect(a.headline?.writtenBy).toBe('us');
      expect(a.unused).toBeUndefined();
    }
  });
});
