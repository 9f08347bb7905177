// Copies of the real data folder that a test may break on purpose.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { defaultDataDir } from '../../src/paths.js';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A copy of data/ to break on purpose; removed after the test, or by the caller with `keep`. */
export function copyOfData(keep = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  cpSync(defaultDataDir, dir, { recursive: true });
  if (!keep) made.push(dir);
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function editJson(dir: string, rel: string, edit: (json: Record<string, unknown>) => void): void {
  const file = path.join(dir, rel);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}
