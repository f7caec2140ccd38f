import { defineConfig } from '@playwright/test';

// One persistent Chromium per test file, with the built extension (`wxt build` first: `npm test` does).
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
