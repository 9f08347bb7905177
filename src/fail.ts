/** For entry points: one message on stderr, then exit non-zero. */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Reads .env if there is one; variables already in the environment win. */
export function loadEnvFile(): void {
  try {
    process.loadEnvFile();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
