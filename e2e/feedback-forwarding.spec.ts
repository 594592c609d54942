import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoSubject, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { freePort, platformCommand, platformProcess } from './platform-process';
import {
  atOfficeWindow,
  beijingNow,
  enrol,
  enterApplicant,
  issueCode,
  signIn,
  startCheck,
  typeDate,
} from './steps';

const PROCUREMENT = '政府采购供应商资格审查';

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await expect(page.getByTestId('sync-page')).toBeVisible();
  await page.getByTestId('sync-now').click({ timeout: 90_000 });
  await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
}

// The window's 反馈 goes up with the sync, the platform forwards it to the provincial 联合奖惩 system (in demo
// mode, its in-process reference receiver), and the next sync brings 已报送 back to 核查记录 and the dashboard.
test('feedback recorded at the window is forwarded by the platform and shows 已报送 in 核查记录', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 800 });
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  const platform = platformProcess(platformDir, await freePort(), { args: ['--demo'] });
  await platform.start();
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    const code = await issueCode(platformDir);
    await page.goto(host.url);
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, '叶县政务服务中心 反馈窗口');
    await expect(page.getByTestId('signin-enrol')).toBeHidden();
    await signIn(page, 'admin', DEMO_PASSWORD);
    await syncNow(page);
    await atOfficeWindow(page);

    // A company on a serious-failure list, procurement: the clerk records what was done.
    const company = demoSubject('demo-s-0001');
    await startCheck(page, 'CG-2026-0801', PROCUREMENT);
    await enterApplicant(page, company.identifier);
    await expect(page.getByTestId('result-card').getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);
    const form = page.getByTestId('feedback-form').first();
    await form.getByTestId('feedback-result').fill('不予通过供应商资格审查');
    await typeDate(form.getByTestId('feedback-acted-at'), beijingNow());
    await form.getByTestId('feedback-submit').click();
    await expect(page.getByTestId('feedback-done')).toBeVisible();

    // Not yet at the platform: 待报送.
    await page.getByTestId('nav-records').click();
    const row = page.getByTestId('record-row').filter({ hasText: 'CG-2026-0801' });
    await expect(row.getByTestId('record-delivery')).toHaveText('待报送');

    // Up with the sync; the platform's forwarder delivers it within seconds; the next sync brings the state.
    await syncNow(page);
    await expect
      .poll(async () => (await platformCommand(platformDir, ['--feedback-deliveries'])).includes('已报送'), {
        timeout: 30_000,
      })
      .toBe(true);
    await syncNow(page);

    await page.getByTestId('nav-records').click();
    await expect(row.getByTestId('record-delivery')).toHaveText('已报送');
    await expect(row.getByTestId('record-delivery')).toHaveAttribute('title', /^已于 .+ 报送省联合奖惩系统$/);
    await screenshot(page, 'records-delivered');
    await row.click();
    await expect(page.getByTestId('record-delivery-notice')).toContainText('反馈报送：已于');
    await screenshot(page, 'record-delivered');

    // The dashboard counts no feedback left undelivered.
    await page.getByTestId('nav-dashboard').click();
    await expect(page.getByTestId('dashboard-count-undelivered-feedback')).toHaveText('0');
    await screenshot(page, 'dashboard-delivery');
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});
