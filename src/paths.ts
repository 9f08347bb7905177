import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json above this module: the same from src/ (tests) and dist/src/ (production). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** The repository's root, wherever the process was started from. */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const defaultDataDir = path.join(repoRoot, 'data');
/** Where `npm run build` writes: dist/src/main.js and dist/commands/*.js. */
export const distDir = path.join(repoRoot, 'dist');
