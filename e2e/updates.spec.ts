import { DEMO_PASSWORD, expect, screenshot, test } from './fixtures';
import { signIn } from './steps';

// The app bar's 有新版本 chip. The browser host has no updater: its real answer hides the chip. The desktop
// shell's answer once an update is downloaded is put in its place (the shell's updater itself is tested in
// electron/main/updates/ and integration/updates/).

test('the browser host shows no update chip', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page, 'wangfang', DEMO_PASSWORD);
  await expect(page.getByTestId('session-user')).toBeVisible();
  await expect(page.getByTestId('update-available')).toHaveCount(0);
});

test('a downloaded update shows 有新版本 with 重启后安装, at 1024 px', async ({ page, host }) => {
  await page.route('**/api/invoke/app%3Aupdate-status', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: true,
        value: {
          state: 'downloaded',
          version: '0.2.0',
          percent: null,
          message: '新版本 0.2.0 已下载并校验，将在下次启动时安装',
          checkedAt: '2026-12-05T10:00:00.000+08:00',
        },
      }),
    }),
  );
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  await signIn(page, 'wangfang', DEMO_PASSWORD);
  const chip = page.getByTestId('update-available');
  await expect(chip).toHaveText('有新版本 0.2.0');
  await chip.hover();
  await expect(page.getByRole('tooltip')).toHaveText(
    '重启后安装：新版本 0.2.0 已下载并校验，将在下次启动时安装',
  );
  await screenshot(page, 'update-available');
});
