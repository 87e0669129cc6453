import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'npx tsx server/main.ts',
    // A fresh in-memory database each run (PGlite initdb takes a few seconds), seeded with the demo project.
    // Every spec reaches this one server from 127.0.0.1: the specs' deliberate wrong keys together
    // would exhaust one client's failed sign-ins (10) and throttle the other specs' right key.
    env: { PORT: String(port), WAYMARK_DATA_DIR: 'memory://', WAYMARK_SIGN_IN_ATTEMPTS: '1000' },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
