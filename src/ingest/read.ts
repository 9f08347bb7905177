// Reads what the operator names (a text file with an optional header, an HTML file, an http(s) URL,
// or a folder of them) into articles: the body's text and its metadata. Validates at the edge:
// empty, binary, oversized, textless and undated input is refused before anything is drafted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAX_BYTES, Refusal } from './refusal.js';

export interface Metadata {
  title?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  publisher?: string | undefined;
}

export interface RawArticle extends Metadata {
  /** The body as it will be stored: paragraphs separated by blank lines, ending in one newline. */
  body: string;
  /** The file name or URL it was read from. */
  received: string;
  /** Where each metadata field came from, for the report. */
  origin: Partial<Record<keyof Metadata, 'flag' | 'header' | 'page'>>;
}

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));
const HttpUrl = z.url({ protocol: /^https?$/ });

/** The date part of a published time ("2019-01-11T09:00:00+09:00" → "2019-01-11"), or undefined. */
export function dayOf(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/);
  return m && IsoDay.safeParse(m[1]).success ? m[1] : undefined;
}

/** Checks the operator's flags: a bad --published or --url is refused, not guessed at. */
export function checkFlags(flags: Metadata): Metadata {
  if (flags.published !== undefined && !IsoDay.safeParse(flags.published).success) throw new Refusal('bad-flag', `--published must be a date as YYYY-MM-DD (got "${flags.published}")`);
  if (flags.url !== undefined && !HttpUrl.safeParse(flags.url).success) throw new Refusal('bad-flag', `--url must be an http(s) URL (got "${flags.url}")`);
  if (flags.title !== undefined && flags.title.trim() === '') throw new Refusal('bad-flag', '--title must not be empty');
  return flags;
}

/** Bytes to text: refuses empty, binary and oversized input, naming what it read. */
export function decode(bytes: Uint8Array, what: string): string {
  if (bytes.length > MAX_BYTES) throw new Refusal('too-large', `${what} is ${bytes.length} bytes: more than the 1 MB an article may be`);
  if (bytes.includes(0)) throw new Refusal('binary', `${what} is a binary file, not an article's text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal('binary', `${what} is not UTF-8 text (a binary file?)`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Refusal('empty', `${what} is empty: there is no article to ingest`);
  return text;
}

/** Paragraphs as stored: line endings made \n, spaces at line ends dropped, one blank line between paragraphs. */
export function normalizeBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const HEADER_KEYS = new Set(['title', 'url', 'published', 'publisher']);

/** A plain-text article: an optional header of `key: value` lines up to the first blank line, then the body. */
export function parseText(text: string, received: string): RawArticle {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '');
  const blank = normalized.search(/\n[ \t]*\n/);
  const first = (blank === -1 ? normalized : normalized.slice(0, blank)).replace(/\s+$/, '');
  const lines = first.split('\n');
  const pairs = lines.map((l) => l.match(/^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/));
  const isHeader = pairs.every((p) => p !== null) && pairs.some((p) => HEADER_KEYS.has(p![1]!.toLowerCase()));
  const meta: Metadata = {};
  const origin: RawArticle['origin'] = {};
  let body = normalized;
  if (isHeader) {
    for (const p of pairs) {
      const key = p![1]!.toLowerCase() as keyof Metadata;
      const value = p![2]!.trim();
      if (!HEADER_KEYS.has(key) || value === '') continue; // unknown keys are ignored
      meta[key] = key === 'published' ? (dayOf(value) ?? value) : value;
      origin[key] = 'header';
    }
    body = blank === -1 ? '' : normalized.slice(blank);
  }
  if (body.trim() === '') throw new Refusal('no-text', `${received} has a header but no article text after it`);
  return { ...meta, body: normalizeBody(body), received, origin };
}

/** Does this text look like an HTML page rather than plain text? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text);
}

/**
 * An HTML page: its main text through Readability on linkedom (no script is run: linkedom has no
 * script engine), and metadata from og:title, article:published_time and JSON-LD datePublished.
 */
export async function parseHtml(html: string, received: string, pageUrl?: string): Promise<RawArticle> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const jsonLd = readJsonLd([...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const title = meta('meta[property="og:title"]') ?? jsonLd.headline ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  const published = dayOf(meta('meta[property="article:published_time"]')) ?? dayOf(jsonLd.datePublished) ?? dayOf(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const publisher = meta('meta[property="og:site_name"]') ?? jsonLd.publisher;
  const canonical = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = [canonical, pageUrl].find((u) => u !== undefined && HttpUrl.safeParse(u).success);
  for (const s of [...document.querySelectorAll('script, style, noscript')]) s.remove();
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  const blocks: string[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    for (const el of [...content.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption, pre')]) {
      // A block inside another collected block is already in its text.
      if (el.parentElement?.closest('p, li, blockquote, figcaption, pre')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
    if (blocks.length === 0 && parsed.textContent) blocks.push(...parsed.textContent.split(/\n\s*\n/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  const body = blocks.join('\n\n');
  if (body.replace(/\s/g, '').length < 40) throw new Refusal('no-text', `${received} has no article text that could be read (a page without an article?)`);
  const origin: RawArticle['origin'] = {};
  if (title) origin.title = 'page';
  if (published) origin.published = 'page';
  if (publisher) origin.publisher = 'page';
  if (url) origin.url = 'page';
  return { title, published, publisher, url, body: normalizeBody(body), received, origin };
}

function readJsonLd(scripts: string[]): { headline?: string; datePublished?: string; publisher?: string } {
  const out: { headline?: string; datePublished?: string; publisher?: string } = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.datePublished === 'string') out.datePublished ??= o.datePublished;
    if (typeof o.headline === 'string') out.headline ??= o.headline.trim();
    const pub = o.publisher as { name?: unknown } | undefined;
    if (pub && typeof pub.name === 'string') out.publisher ??= pub.name.trim();
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s));
    } catch {
      // A broken JSON-LD block is metadata we do not have, not a reason to refuse the page.
    }
  }
  return out;
}

export interface FetchOptions {
  /** 10 s unless a test says otherwise. */
  timeoutMs?: number;
}

/** Fetches an http(s) page with a timeout and a size cap; refuses anything but HTML or text. */
export async function fetchArticle(url: string, { timeoutMs = 10_000 }: FetchOptions = {}): Promise<RawArticle> {
  if (!HttpUrl.safeParse(url).success) throw new Refusal('fetch', `${url} is not an http(s) URL`);
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
  } catch (err) {
    if (signal.aborted) throw new Refusal('timeout', `${url} did not answer within ${timeoutMs / 1000} s`);
    throw new Refusal('fetch', `could not fetch ${url}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Refusal('fetch', `${url} answered ${res.status} ${res.statusText}`.trim());
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!['text/html', 'application/xhtml+xml', 'text/plain'].includes(type)) {
    await res.body?.cancel();
    throw new Refusal('content-type', `${url} is ${type || 'of no stated type'}, not an HTML page or text`);
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) {
    await res.body?.cancel();
    throw new Refusal('too-large', `${url} is ${declared} bytes: more than the 1 MB an article may be`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > MAX_BYTES) {
        await res.body?.cancel().catch(() => undefined);
        throw new Refusal('too-large', `${url} is more than the 1 MB an article may be`);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof Refusal) throw err;
    if (signal.aborted) throw new Refusal('timeout', `${url} did not finish within ${timeoutMs / 1000} s`);
    throw new Refusal('fetch', `reading ${url} failed: ${(err as Error).message}`);
  }
  const text = decode(Buffer.concat(chunks), url);
  const article = type === 'text/plain' && !looksLikeHtml(text) ? parseText(text, url) : await parseHtml(text, url, res.url || url);
  if (!article.url) {
    article.url = url;
    article.origin.url = 'page';
  }
  return article;
}

/** One file: HTML by its name or its first bytes, otherwise text with an optional header. */
export async function readArticleFile(file: string): Promise<RawArticle> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new Refusal('not-found', `${file} does not exist`);
  }
  const name = path.basename(file);
  if (size > MAX_BYTES) throw new Refusal('too-large', `${name} is ${size} bytes: more than the 1 MB an article may be`);
  const text = decode(readFileSync(file), name);
  return /\.x?html?$/i.test(name) || looksLikeHtml(text) ? parseHtml(text, name) : parseText(text, name);
}

/** The article files of a folder: text and HTML, by name (the caller orders them by date). */
export function articleFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.(?:txt|md|html?|xhtml)$/i.test(n) && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Whatever the operator names: a URL, a folder (oldest published first) or one file. */
export async function readTarget(target: string, flags: Metadata, fetchOptions?: FetchOptions): Promise<RawArticle[]> {
  checkFlags(flags);
  let articles: RawArticle[];
  if (/^https?:\/\//i.test(target)) articles = [await fetchArticle(target, fetchOptions)];
  else {
    let isDir = false;
    try {
      isDir = statSync(target).isDirectory();
    } catch {
      throw new Refusal('not-found', `${target} does not exist`);
    }
    if (isDir) {
      const files = articleFilesIn(target);
      if (files.length === 0) throw new Refusal('empty', `${target} holds no article files (.txt or .html)`);
      articles = [];
      for (const f of files) articles.push(await readArticleFile(f));
    } else articles = [await readArticleFile(target)];
  }
  // Flags override what the header or page says (for a folder, they apply to every article).
  for (const a of articles) {
    for (const key of ['title', 'url', 'published', 'publisher'] as const) {
      if (flags[key] !== undefined) {
        a[key] = flags[key];
        a.origin[key] = 'flag';
      }
    }
    if (a.published === undefined || !IsoDay.safeParse(a.published).success) {
      throw new Refusal('no-date', `${a.received} gives no publication date${a.published ? ` that can be read ("${a.published}")` : ''}: say when it was published with --published YYYY-MM-DD`);
    }
    if (a.url !== undefined && !HttpUrl.safeParse(a.url).success) throw new Refusal('bad-flag', `${a.received}: the url "${a.url}" is not an http(s) URL`);
  }
  // A folder goes in oldest published first, so later reports extend earlier ones.
  return articles.sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
}
