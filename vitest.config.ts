import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Sockets are opened on loopback only; the guard in test/setup.ts enforces it.
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
  },
});
