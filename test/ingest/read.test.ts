import { afterEach, describe, expect, it } from 'vitest';
import { dayOf, fetchArticle, normalizeBody, parseHtml, parseText, readArticleFile, readTarget } from '../../src/ingest/read.js';
import { Refusal } from '../../src/ingest/refusal.js';
import { PAGE, type PageServer, WIRE, servePages, tempDir, writeTemp } from './helpers.js';

async function refusal(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (err) {
    if (err instanceof Refusal) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('plain text', () => {
  it('reads the header up to the first blank line, ignoring unknown keys', () => {
    const a = parseText('title: A title\nsource: somewhere\npublished: 2021-06-04\n\nThe body. It goes on.\n', 'a.txt');
    expect(a).toMatchObject({ title: 'A title', published: '2021-06-04', body: 'The body. It goes on.\n', origin: { title: 'header', published: 'header' } });
    expect(a).not.toHaveProperty('source');
  });

  it('takes a text with no header as all body', () => {
    const a = parseText('TOKYO -- Ministers met: they talked.\n\nMore text.', 'b.txt');
    expect(a.title).toBeUndefined();
    expect(a.body).toBe('TOKYO -- Ministers met: they talked.\n\nMore text.\n');
  });

  it('keeps the body verbatim apart from line endings and blank-line runs', () => {
    expect(normalizeBody('One.\r\n\r\n\r\n\r\nTwo.  \r\n[…]\r\nThree.')).toBe('One.\n\nTwo.\n[…]\nThree.\n');
  });

  it('reads only the date of a published time', () => {
    expect(dayOf('2022-02-10T08:00:00+09:00')).toBe('2022-02-10');
    expect(dayOf('2022-02-30')).toBeUndefined();
    expect(dayOf('10 Feb 2022')).toBeUndefined();
  });

  it('lets flags override the header', async () => {
    const file = writeTemp('wire.txt', WIRE);
    const [a] = await readTarget(file, { published: '2021-06-05', title: 'Ours' });
    expect(a).toMatchObject({ published: '2021-06-05', title: 'Ours', publisher: 'Invented Wire', origin: { published: 'flag', title: 'flag', publisher: 'header' } });
  });
});

describe('refusals', () => {
  it('refuses an empty file', async () => {
    expect((await refusal(readArticleFile(writeTemp('empty.txt', '')))).code).toBe('empty');
    expect((await refusal(readArticleFile(writeTemp('blank.txt', ' \n\n  \n')))).code).toBe('empty');
  });

  it('refuses a binary file', async () => {
    expect((await refusal(readArticleFile(writeTemp('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))))).message).toMatch(/binary/);
    expect((await refusal(readArticleFile(writeTemp('y.txt', Buffer.from([0xff, 0xfe, 0x41]))))).code).toBe('binary');
  });

  it('refuses more than 1 MB', async () => {
    const r = await refusal(readArticleFile(writeTemp('big.txt', `published: 2021-01-01\n\n${'Word. '.repeat(200_000)}`)));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/1 MB/);
  });

  it('asks for --published when no date is given or found', async () => {
    const r = await refusal(readTarget(writeTemp('n.txt', 'title: Undated\n\nMinisters met. They talked.'), {}));
    expect(r.code).toBe('no-date');
    expect(r.message).toContain('--published YYYY-MM-DD');
  });

  it('refuses a bad --published rather than guessing', async () => {
    expect((await refusal(readTarget(writeTemp('w.txt', WIRE), { published: '04/06/2021' }))).code).toBe('bad-flag');
  });

  it('refuses a header with no body, and a page with no article text', async () => {
    expect((await refusal(Promise.resolve().then(() => parseText('title: x\npublished: 2021-01-01\n', 'h.txt')))).code).toBe('no-text');
    expect((await refusal(parseHtml('<html><body><nav>Home</nav></body></html>', 'p.html'))).code).toBe('no-text');
  });

  it('refuses a file that does not exist', async () => {
    expect((await refusal(readTarget('/nonexistent/article.txt', {}))).code).toBe('not-found');
  });
});

describe('HTML', () => {
  it('takes the main text and the page metadata, and runs no script', async () => {
    const a = await parseHtml(PAGE, 'page.html');
    expect(a).toMatchObject({ title: 'France and Japan hold online security talks', published: '2022-02-10', publisher: 'Invented Daily' });
    expect(a.body).toContain('held talks by video conference on Thursday');
    expect(a.body).not.toMatch(/Home|Subscribe|ranScript/);
    expect(a.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined();
  });

  it('reads JSON-LD datePublished', async () => {
    const html = PAGE.replace(/<meta property="article:published_time"[^>]*>/, '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-01T10:00:00Z","publisher":{"name":"LD Press"}}</script>');
    const a = await parseHtml(html, 'ld.html');
    expect(a.published).toBe('2022-03-01');
  });
});

describe('fetching from 127.0.0.1', () => {
  let pages: PageServer | undefined;
  afterEach(async () => {
    await pages?.close();
    pages = undefined;
  });

  it('fetches a page and keeps its URL', async () => {
    pages = await servePages({ '/a': { body: PAGE } });
    const a = await fetchArticle(`${pages.url}/a`);
    expect(a).toMatchObject({ published: '2022-02-10', url: `${pages.url}/a`, received: `${pages.url}/a` });
  });

  it('fetches text with a header', async () => {
    pages = await servePages({ '/t': { body: WIRE, type: 'text/plain; charset=utf-8' } });
    const a = await fetchArticle(`${pages.url}/t`);
    expect(a).toMatchObject({ title: 'Japan and France agree to widen naval drills', url: 'https://news.example.org/2021/06/04/naval-drills' });
  });

  it('refuses content that is not HTML or text', async () => {
    pages = await servePages({ '/j': { body: '{"a":1}', type: 'application/json' }, '/i': { body: Buffer.from([1, 2, 3]), type: 'image/png' } });
    expect((await refusal(fetchArticle(`${pages.url}/j`))).code).toBe('content-type');
    expect((await refusal(fetchArticle(`${pages.url}/i`))).message).toContain('image/png');
  });

  it('refuses an error status and a closed port', async () => {
    pages = await servePages({});
    expect((await refusal(fetchArticle(`${pages.url}/missing`))).message).toMatch(/404/);
    const closed = pages.url;
    await pages.close();
    pages = undefined;
    expect((await refusal(fetchArticle(`${closed}/x`))).code).toBe('fetch');
  });

  it('gives up on a page that does not answer in time', async () => {
    pages = await servePages({ '/slow': { body: '', hang: true } });
    const started = Date.now();
    const r = await refusal(fetchArticle(`${pages.url}/slow`, { timeoutMs: 300 }));
    expect(r.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a page over 1 MB', async () => {
    pages = await servePages({ '/big': { body: `<html><body><p>${'x'.repeat(1_100_000)}</p></body></html>` } });
    expect((await refusal(fetchArticle(`${pages.url}/big`))).code).toBe('too-large');
  });
});

describe('a folder', () => {
  it('reads every article, oldest published first', async () => {
    const dir = tempDir();
    writeTemp('a.txt', 'published: 2023-05-01\n\nLater one. It is later.', dir);
    writeTemp('b.txt', 'published: 2020-01-02\n\nEarlier one. It is earlier.', dir);
    writeTemp('notes.json', '{}', dir);
    const list = await readTarget(dir, {});
    expect(list.map((a) => a.received)).toEqual(['b.txt', 'a.txt']);
  });
});
