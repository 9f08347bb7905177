import { fileURLToPath } from 'node:url';

/** The repository's root, wherever the process was started from. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultDataDir = fileURLToPath(new URL('../data', import.meta.url));
