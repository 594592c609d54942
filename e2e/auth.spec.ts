import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { signIn } from './steps';

// Sign-in, roles in the UI, sign-out and the inactivity lock, offline (PLATFORM_URL=none) with the demo
// accounts seeded into the credential cache. The lock is shortened to seconds through CCW_LOCK_AFTER_MS.

test('a wrong password is refused in Chinese and nothing opens', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('signin-mode')).toContainText('离线登录');
  await page.getByTestId('signin-username').fill('wangfang');
  await page.getByTestId('signin-password').fill('wrong-password');
  await page.getByTestId('signin-password').press('Enter');
  await expect(page.getByTestId('signin-error')).toHaveText('用户名或密码错误');
  await expect(page.getByTestId('session-user')).toHaveCount(0);
  await screenshot(page, 'signin-error');
});

test('a PC with no deployment configuration tells IT where the file goes and what it needs', async ({
  page,
}) => {
  // No PLATFORM_URL, no CCW_DEPLOYMENT_FILE, nothing at the system-wide place: a fresh real installation.
  const host = await startHost({});
  try {
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(host.url);
    // A real installation: no demo banner, no demo accounts named.
    await expect(page.getByTestId('signin-username')).toBeVisible();
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);
    await expect(page.getByTestId('signin-demo-accounts')).toHaveCount(0);
    await page.getByTestId('signin-enrol-toggle').click();
    const notice = page.getByTestId('enrol-not-configured');
    await expect(notice).toContainText('本机尚未配置市平台');
    await expect(notice.getByTestId('deployment-file')).toHaveText(/deployment\.json$/);
    await expect(notice).toContainText('platformUrl（市平台地址');
    await expect(notice).toContainText('《用户手册》');
    await expect(page.getByTestId('enrol-form')).toHaveCount(0);
    await screenshot(page, 'signin-no-deployment');
  } finally {
    await stopHost(host);
  }
});

test('培训模式 (trainingMode in deployment.json): the banner on every page, 设置 › 部署配置 shows it', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-e2e-deployment-'));
  const file = join(dir, 'deployment.json');
  writeFileSync(
    file,
    JSON.stringify({
      trainingMode: true,
      unit: { name: '叶县政务服务中心', code: '11410422MB1234567X', districtCode: '410422' },
    }),
  );
  const host = await startHost({ CCW_DEPLOYMENT_FILE: file });
  try {
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(host.url);
    await expect(page.getByTestId('demo-banner')).toContainText('培训模式');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await expect(page.getByTestId('demo-banner')).toHaveText(
      '培训模式 — 数据为虚构的演示数据，不得用于实际审批',
    );
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await expect(page.getByTestId('settings-department')).toHaveValue('叶县政务服务中心');
    await screenshot(page, 'settings-training-banner');
    const section = page.getByTestId('settings-deployment');
    await expect(section.getByTestId('deployment-file')).toContainText(file);
    await expect(section.getByTestId('deployment-unit')).toContainText(
      '叶县政务服务中心（单位代码 11410422MB1234567X）',
    );
    await expect(section.getByTestId('deployment-district')).toContainText('410422');
    await expect(section.getByTestId('deployment-training')).toContainText('已开启');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-deployment-training');
  } finally {
    await stopHost(host);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a clerk signs in, sees no 督导 pages, and signs out', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page, 'wangfang', DEMO_PASSWORD);
  await expect(page.getByTestId('session-user')).toHaveText('王芳（wangfang） · 窗口工作人员');
  await expect(page.getByTestId('session-offline')).toBeVisible();
  await expect(page.getByTestId('nav-check')).toBeVisible();
  for (const page_ of ['reports', 'dashboard', 'audit', 'inspections'])
    await expect(page.getByTestId(`nav-${page_}`)).toHaveCount(0);
  // Alt+7 (信用报告) does nothing for a clerk.
  await page.keyboard.press('Alt+7');
  await expect(page.getByTestId('check-page')).toBeVisible();
  // Settings are the administrator's: shown read-only.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-admin-only')).toBeVisible();
  await expect(page.getByTestId('settings-save')).toHaveCount(0);
  await screenshot(page, 'clerk-settings');

  await page.getByTestId('signout').click();
  await expect(page.getByTestId('signin-username')).toBeVisible();
  // A supervisor sees the 督导 pages.
  await signIn(page, 'zhaomin', DEMO_PASSWORD);
  await expect(page.getByTestId('session-user')).toContainText('督导人员');
  await expect(page.getByTestId('nav-reports')).toBeVisible();
  // The next user starts at 信用核查, not on the page the last one left open.
  await expect(page.getByTestId('check-page')).toBeVisible();
  await expect(page.getByTestId('settings-admin-only')).toHaveCount(0);
});

test.describe('the inactivity lock', () => {
  test('locks after the period, unlocks with the password, and 切换用户 signs out', async ({ page }) => {
    const host = await startHost({ PLATFORM_URL: 'none', CCW_LOCK_AFTER_MS: '3000' });
    try {
      await page.goto(host.url);
      await signIn(page, 'wangfang', DEMO_PASSWORD);
      // Nobody touches anything: the core's timer locks and the lock screen covers the app.
      await expect(page.getByTestId('lock-screen')).toBeVisible({ timeout: 10_000 });
      await expect(page.getByTestId('lock-user')).toContainText('王芳（wangfang）');
      await screenshot(page, 'lock-screen');
      await page.getByTestId('unlock-password').fill('wrong');
      await page.getByTestId('unlock-password').press('Enter');
      await expect(page.getByTestId('signin-error')).toHaveText('密码错误，请重新输入');
      await page.getByTestId('unlock-password').fill(DEMO_PASSWORD);
      await page.getByTestId('unlock-password').press('Enter');
      await expect(page.getByTestId('lock-screen')).toBeHidden();
      await expect(page.getByTestId('check-page')).toBeVisible();

      await expect(page.getByTestId('lock-screen')).toBeVisible({ timeout: 10_000 });
      await page.getByTestId('switch-user').click();
      await expect(page.getByTestId('signin-username')).toBeVisible();
      await expect(page.getByTestId('lock-screen')).toHaveCount(0);
    } finally {
      await stopHost(host);
    }
  });
});
