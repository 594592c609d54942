import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real renderer in Debian's Chromium against the real core through the browser host.
// Playwright's own browser download is never used (it cannot reach its servers here).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      // Chromium's own widgets (date inputs) in Chinese, as Electron shows them with --lang=zh-CN; on Linux the UI
      // language comes from LANGUAGE (Debian's chromium-l10n provides it).
      env: { ...process.env, LANGUAGE: 'zh_CN' },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
