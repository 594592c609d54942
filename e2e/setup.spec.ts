import { DEMO_PASSWORD, expect, screenshot, test } from './fixtures';
import { setWindowUnit, signIn } from './steps';

// The first-run checklist: an administrator sees what the PC lacks until it is set; a clerk on a PC with no 受理单位
// is told whom to ask; feedback's 实施部门 then defaults to the PC's own office. Pages open at their top.

test('the administrator sets the office from the checklist, and it goes away', async ({ app }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  const checklist = app.getByTestId('setup-checklist');
  await expect(checklist).toContainText('首次使用：请完成本机设置');
  await expect(app.getByTestId('setup-item-department')).toHaveAttribute('data-done', 'false');
  await expect(app.getByTestId('setup-item-departmentCode')).toHaveAttribute('data-done', 'false');
  await expect(app.getByTestId('setup-item-district')).toContainText('平顶山市');
  await screenshot(app, 'setup-checklist');
  await app.getByTestId('setup-item-department').getByRole('button', { name: '去设置' }).click();
  await expect(app.getByTestId('settings-page')).toBeVisible();
  await setWindowUnit(app, { name: '叶县政务服务中心', code: '11410422MB1234567X' });
  await expect(checklist).toHaveCount(0);
});

test('a clerk on a PC with no office is told to ask the administrator; the next user starts at the top', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1024, height: 500 });
  await page.goto(host.url);
  await signIn(page, 'wangfang', DEMO_PASSWORD);
  await expect(page.getByTestId('setup-no-unit')).toContainText('请联系管理员');
  await expect(page.getByTestId('setup-checklist')).toHaveCount(0);
  // A page scrolled down, then another: it opens at its top.
  await page.getByTestId('nav-settings').click();
  const main = page.locator('main');
  await main.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  expect(await main.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await page.getByTestId('nav-records').click();
  await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBe(0);
});
