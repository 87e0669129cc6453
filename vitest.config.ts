import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          // A Postgres cluster and a migrated PGlite template, shared by every server test file.
          globalSetup: ['tests/server/support/globalSetup.ts'],
          // Much of their time is waiting on Postgres and CLI child processes: two files at once.
          maxWorkers: 2,
          hookTimeout: 60_000,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
