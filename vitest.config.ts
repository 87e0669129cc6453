import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Two files at once on CI's two cores: the server tests spend much of their time waiting on
    // Postgres and CLI child processes.
    maxWorkers: 2,
    // Simulations and property tests do fixed, seeded work; only a loaded machine makes them slow.
    testTimeout: 30_000,
    projects: [
      // Tests sit by the package they test: tests/shared, tests/sdk, tests/extension, tests/server,
      // and the repository's own tooling (tests/scripts, tests/packages, tests/repo).
      { extends: true, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'] } },
      { extends: true, test: { name: 'sdk', include: ['tests/sdk/**/*.test.ts'] } },
      { extends: true, test: { name: 'extension', include: ['tests/extension/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'tools', include: ['tests/{scripts,packages,repo}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          // A Postgres cluster and a migrated PGlite template, shared by every server test file.
          globalSetup: ['tests/server/support/globalSetup.ts'],
          hookTimeout: 60_000,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
