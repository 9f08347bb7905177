// Invented articles and a local page server for the ingest tests: nothing here is anyone's real text.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A temporary folder, removed after the test. */
export function tempDir(prefix = 'ingest-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function writeTemp(name: string, content: string | Buffer, dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A hash of every file under a folder (name and bytes): equal hashes, byte-for-byte equal folders. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${path.relative(dir, p)}\u0000`).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export const WIRE = `title: Japan and France agree to widen naval drills
published: 2021-06-04
publisher: Invented Wire
url: https://news.example.org/2021/06/04/naval-drills

By Mireille Testard

TOKYO, June 4 (Invented Wire) -- Japanese Foreign Minister Haruto Sakai and French Foreign Minister Claire Dumont met in Tokyo on Friday.

"We agreed to deepen our cooperation at sea," Sakai said at a joint press appearance.

Dumont said the two countries shared a vision for the region.

Copyright 2021 Invented Wire. All rights reserved.
`;

export const PAGE = `<!doctype html>
<html><head>
<title>Site title | Invented Daily</title>
<meta property="og:title" content="France and Japan hold online security talks">
<meta property="og:site_name" content="Invented Daily">
<meta property="article:published_time" content="2022-02-10T08:00:00+09:00">
<script>window.ranScript = true; document.title = 'changed by a script';</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>France and Japan hold online security talks</h1>
<p>PARIS -- The foreign ministers of Japan and France held talks by video conference on Thursday, officials said.</p>
<p>French Foreign Minister Claire Dumont told reporters that the talks had gone well and that both sides wanted to meet in person soon.</p>
<p>Japanese Foreign Minister Haruto Sakai said Japan valued France as a partner in the Indo-Pacific region and would keep working with it.</p>
</article>
<footer>Subscribe to our newsletter.</footer>
</body></html>`;

export interface PageServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves pages from 127.0.0.1: path → [status, content type, body], or a handler that never answers. */
export async function servePages(pages: Record<string, { status?: number; type?: string; body: string | Buffer; hang?: boolean }>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (page.hang) return; // never answers: the client's timeout must end it
    res.writeHead(page.status ?? 200, { 'content-type': page.type ?? 'text/html; charset=utf-8' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
