import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSubject, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { devCertificates, freePort, platformCommand, platformProcess } from './platform-process';
import { enrol, enterApplicant, issueCode, signIn, startCheck } from './steps';

// The county office: enrol at the city platform, lose the network, keep working, get it back, and see the work
// arrive and the platform's changes come down — all through the UI, against the real platform process.
test('a county office works offline, reconnects, watches the sync and sees the result', async ({ page }) => {
  test.setTimeout(180_000);
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  // A city of some size, so the first sync takes long enough to be watched.
  // With the demo data set (--demo), whose subjects the test looks up.
  await platformCommand(platformDir, ['--generate', '--scale', '0.02', '--demo']);
  // A generated city has no demo accounts: the city's administrator is added as an operator would.
  await platformCommand(platformDir, ['--add-user', 'admin', '--role', 'admin'], 'admin-2026\n');
  // Over HTTPS, as a city deploys it: the platform's certificate from a local CA (npm run dev:cert), the client
  // given the deployment file that names the platform and trusts that CA.
  const port = await freePort();
  const certificates = devCertificates(join(platformDir, 'cert'), port);
  const platform = platformProcess(platformDir, port, { tls: certificates });
  await platform.start();
  const host = await startHost({
    CCW_DEPLOYMENT_FILE: certificates.deploymentFile,
    CCW_PROBE_INTERVAL_MS: '300',
  });
  try {
    const code = await issueCode(platformDir);
    await page.goto(host.url);

    // A fresh PC: nobody can sign in online before it is enrolled, so it is enrolled from the sign-in screen
    // with the operator's one-time code; the first sync starts by itself. Then the administrator signs in.
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, '叶县政务服务中心 3 号窗口');
    await expect(page.getByTestId('signin-enrol')).toBeHidden();
    await signIn(page, 'admin', 'admin-2026');
    await expect(page.getByTestId('session-offline')).toBeHidden();
    await page.getByTestId('nav-sync').click();
    await expect(page.getByTestId('sync-page')).toBeVisible();
    // The first sync started at enrolment, before this page was open: 立即同步 (enabled once it is done).
    await page.getByTestId('sync-now').click({ timeout: 90_000 });
    await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
    await screenshot(page, 'sync-progress');
    await expect(page.getByTestId('sync-behind')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('connectivity')).toContainText('在线');

    // The network goes: the clerk keeps working from the cache.
    await platform.stop();
    await expect(page.getByTestId('connectivity')).toContainText('离线');
    const company = demoSubject('demo-s-0003');
    await page.getByTestId('nav-check').click();
    await startCheck(page, 'YX-2026-0100', '政府采购供应商资格审查');
    await enterApplicant(page, company.identifier);
    await expect(page.getByTestId('result-card').getByTestId('subject-name')).toHaveText(company.name);
    await page.getByTestId('nav-sync').click();
    await expect(page.getByTestId('sync-pending')).not.toHaveAttribute('data-count', '0');
    // Offline, how far the platform has moved on is not known (not 0), and what waits to go up is listed.
    await expect(page.getByTestId('sync-behind')).toHaveText('未知');
    await expect(page.getByTestId('sync-pending-list')).toContainText('待上传');
    await expect(page.getByTestId('pending-row').filter({ hasText: '核查记录' }).first()).toBeVisible();
    await screenshot(page, 'sync-offline-pending');

    // Meanwhile a department reports a penalty of that company to the platform.
    const csv = join(platformDir, 'penalty.csv');
    writeFileSync(
      csv,
      [
        '相对人名称,统一社会信用代码,决定文书号,类别,内容,决定日期,决定机关',
        `${company.name},${company.identifier},平市监罚〔2026〕901号,行政处罚,未按规定公示年度报告，罚款5000元,2026-11-20,平顶山市市场监督管理局`,
      ].join('\n'),
    );
    await platformCommand(platformDir, ['--import-csv', csv]);

    // The network comes back: the client notices and syncs by itself.
    await platform.start();
    await expect(page.getByTestId('connectivity')).toContainText('在线', { timeout: 15_000 });
    await expect(page.getByTestId('sync-pending')).toHaveAttribute('data-count', '0', { timeout: 30_000 });
    await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true');
    // The check made offline, whose subject changed at the platform since, is flagged for review.
    const review = page.getByTestId('review-row').filter({ hasText: 'YX-2026-0100' });
    await expect(review).toBeVisible();
    await screenshot(page, 'sync-page');
    await review.click();
    await expect(page.getByTestId('review-flag')).toBeVisible();

    // The PC is reported stolen: the operator revokes it, and at its next sync it stops and says why.
    const listed = await platformCommand(platformDir, ['--devices']);
    const deviceId = /^(\S+)\s+编号/m.exec(listed)?.[1] ?? '';
    await platformCommand(platformDir, ['--revoke-device', deviceId]);
    await page.getByTestId('nav-sync').click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-error')).toHaveAttribute('data-code', 'DEVICE_REVOKED');
    await expect(page.getByTestId('sync-error')).toContainText('本机已被市平台停用');
    await expect(page.getByTestId('sync-enrolled')).toHaveText('已被市平台停用');
    await screenshot(page, 'sync-revoked');
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});
