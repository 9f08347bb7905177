import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uncoveredSentences } from '../../src/knowledge/coverage.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { formatReport, ingest, sha256, slugOf } from '../../src/ingest/ingest.js';
import { Refusal } from '../../src/ingest/refusal.js';
import { copyOfData } from '../helpers/data.js';
import { PAGE, type PageServer, WIRE, servePages, tempDir, treeHash, writeTemp } from './helpers.js';

async function refused(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (err) {
    if (err instanceof Refusal) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('ingest', () => {
  it('stores the body verbatim with its metadata, and the data check passes', async () => {
    const data = copyOfData();
    const report = await ingest(writeTemp('wire.txt', WIRE), { dataDir: data });
    const [a] = report.articles;
    expect(a).toMatchObject({ status: 'added', id: '2021-06-04-japan-and-france-agree-to-widen-naval-drills', published: '2021-06-04' });
    const meta = JSON.parse(readFileSync(path.join(data, 'articles', `${a!.id}.json`), 'utf8'));
    expect(meta).toMatchObject({ title: 'Japan and France agree to widen naval drills', url: 'https://news.example.org/2021/06/04/naval-drills', publisher: 'Invented Wire', published: '2021-06-04', source: { file: 'wire.txt' } });
    const text = readFileSync(path.join(data, 'articles', `${a!.id}.txt`), 'utf8');
    expect(text.startsWith('By Mireille Testard\n\nTOKYO, June 4')).toBe(true);
    expect(meta.source.sha256).toBe(sha256(text));
    const k = loadKnowledge(data);
    expect(k.articles.size).toBe(3);
    expect(uncoveredSentences(k)).toEqual([]);
    const reasons = Object.fromEntries(meta.unused.map((u: { sentence: string; reason: string }) => [u.sentence, u.reason]));
    expect(reasons['By Mireille Testard']).toBe('byline');
    expect(reasons['Copyright 2021 Invented Wire.']).toBe('boilerplate');
  });

  it('changes nothing for the same text again, under another name, and says which article it is', async () => {
    const data = copyOfData();
    const first = await ingest(writeTemp('wire.txt', WIRE), { dataDir: data });
    const before = treeHash(data);
    const again = await ingest(writeTemp('renamed.txt', WIRE.replace('url: https://news.example.org/2021/06/04/naval-drills', 'url: https://mirror.example.net/x')), { dataDir: data });
    expect(again.articles[0]).toMatchObject({ status: 'unchanged', sameAs: first.articles[0]!.id });
    expect(again.written).toEqual([]);
    expect(treeHash(data)).toBe(before);
    expect(formatReport(again)).toContain(`already stored as ${first.articles[0]!.id}`);
  });

  it('takes the same URL with a changed text as an update of that article', async () => {
    const data = copyOfData();
    const first = await ingest(writeTemp('wire.txt', WIRE), { dataDir: data });
    const update = await ingest(writeTemp('wire2.txt', WIRE.replace('met in Tokyo on Friday.', 'met in Tokyo on Friday, officials said.')), { dataDir: data });
    expect(update.articles[0]).toMatchObject({ status: 'updated', id: first.articles[0]!.id, sameAs: first.articles[0]!.id });
    expect(formatReport(update)).toMatch(/an update of/);
    const k = loadKnowledge(data);
    expect(k.articles.size).toBe(3);
    expect(k.articles.get(first.articles[0]!.id)!.text).toContain('officials said');
    expect(uncoveredSentences(k)).toEqual([]);
  });

  it('writes nothing on a dry run, and reports the same', async () => {
    const data = copyOfData();
    const before = treeHash(data);
    const dry = await ingest(writeTemp('wire.txt', WIRE), { dataDir: data, dryRun: true });
    expect(treeHash(data)).toBe(before);
    expect(dry.written).toContain('articles/2021-06-04-japan-and-france-agree-to-widen-naval-drills.json');
    expect(formatReport(dry)).toMatch(/dry run: nothing written/);
  });

  it('refuses an empty file and leaves data/ byte for byte', async () => {
    const data = copyOfData();
    const before = treeHash(data);
    expect((await refused(ingest(writeTemp('empty.txt', ''), { dataDir: data }))).code).toBe('empty');
    expect(treeHash(data)).toBe(before);
  });

  it('refuses a whole folder when one article in it is refused, writing none of it', async () => {
    const data = copyOfData();
    const before = treeHash(data);
    const dir = tempDir();
    writeTemp('a.txt', WIRE, dir);
    writeTemp('b.txt', 'title: Undated\n\nMinisters met. They talked.', dir);
    expect((await refused(ingest(dir, { dataDir: data }))).code).toBe('no-date');
    expect(treeHash(data)).toBe(before);
  });

  it('builds on no data that fails the check', async () => {
    const data = copyOfData();
    writeFileSync(path.join(data, 'people', 'taro-kono.json'), '{');
    const before = treeHash(data);
    const r = await refused(ingest(writeTemp('wire.txt', WIRE), { dataDir: data }));
    expect(r.code).toBe('invalid-data');
    expect(r.message).toContain('taro-kono.json');
    expect(treeHash(data)).toBe(before);
  });

  it('ingests a folder oldest first, each article once', async () => {
    const data = copyOfData();
    const dir = tempDir();
    writeTemp('z-old.txt', 'title: Older talks\npublished: 2019-01-10\n\nJapan and France held talks. They met in Paris.', dir);
    writeTemp('a-new.txt', WIRE, dir);
    writeTemp('copy.txt', WIRE, dir);
    const r = await ingest(dir, { dataDir: data });
    expect(r.articles.map((a) => [a.received, a.status])).toEqual([
      ['z-old.txt', 'added'],
      ['a-new.txt', 'added'],
      ['copy.txt', 'unchanged'],
    ]);
    expect(loadKnowledge(data).articles.size).toBe(4);
  });

  describe('from a URL', () => {
    let pages: PageServer | undefined;
    afterEach(async () => {
      await pages?.close();
      pages = undefined;
    });

    it('ingests a page served from 127.0.0.1 with its own title and URL', async () => {
      const data = copyOfData();
      pages = await servePages({ '/talks': { body: PAGE } });
      const r = await ingest(`${pages.url}/talks`, { dataDir: data });
      expect(r.articles[0]).toMatchObject({ status: 'added', title: 'France and Japan hold online security talks', published: '2022-02-10' });
      const k = loadKnowledge(data);
      expect(k.articles.get(r.articles[0]!.id)).toMatchObject({ url: `${pages.url}/talks`, publisher: 'Invented Daily' });
      expect(uncoveredSentences(k)).toEqual([]);
    });

    it('refuses a fetch error with nothing written', async () => {
      const data = copyOfData();
      const before = treeHash(data);
      pages = await servePages({ '/gone': { status: 500, body: 'oops', type: 'text/plain' } });
      expect((await refused(ingest(`${pages.url}/gone`, { dataDir: data }))).code).toBe('fetch');
      expect(treeHash(data)).toBe(before);
    });
  });

  it('makes slugs of titles', () => {
    expect(slugOf('Japan, France sign ACSA — “at last”')).toBe('japan-france-sign-acsa-at-last');
    expect(slugOf('Le Drian à Tokyo')).toBe('le-drian-a-tokyo');
    expect(slugOf('!!!')).toBe('article');
  });
});
