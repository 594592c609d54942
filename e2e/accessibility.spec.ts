import { seriousViolations } from './axe';
import { demoSubject, expect, test } from './fixtures';
import { enterApplicant, startCheck } from './steps';

// Every page of the navigation through axe-core (WCAG 2.1 A and AA rules) at the width of a window PC (1366) and at
// 1024: no serious or critical violation. (Every screenshot of the other specs is checked the same way: fixtures.ts.)

const WIDTHS = [1366, 1024] as const;

/** The pages of the navigation, each opened and left to settle. */
const PAGES = [
  'check',
  'records',
  'commitments',
  'repairs',
  'sync',
  'settings',
  'reports',
  'dashboard',
  'audit',
  'inspections',
] as const;

test('no page has a serious or critical accessibility violation, and none scrolls sideways', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  // A check on screen: the result card, its hits and the feedback form are the clerk's most used view.
  // A 64-character 办件编号 (the longest allowed): lists still hold one row per line or two.
  await startCheck(app, 'A11Y-2026-'.padEnd(64, '0'), '政府采购供应商资格审查');
  await enterApplicant(app, demoSubject('demo-s-0001').identifier);
  await expect(app.getByTestId('result-card')).toBeVisible();
  for (const width of WIDTHS) {
    await app.setViewportSize({ width, height: 900 });
    problems.push(...(await seriousViolations(app, `${width} check-result`)));
    for (const page of PAGES) {
      await app.getByTestId(`nav-${page}`).click();
      await expect(app.getByTestId(`${page}-page`)).toBeVisible();
      await app.waitForTimeout(400);
      problems.push(...(await seriousViolations(app, `${width} ${page}`)));
      // No page scrolls sideways (a wide list scrolls inside its own frame).
      const sideways = await app.evaluate(() => {
        const main = document.querySelector('main');
        const overflow = (element: Element | null): number =>
          element === null ? 0 : element.scrollWidth - element.clientWidth;
        return Math.max(overflow(document.documentElement), overflow(main));
      });
      if (sideways > 1) problems.push(`${width} ${page}: the page scrolls sideways by ${sideways} px`);
    }
    // Details: a check record, the new commitment form, a repair application's wizard.
    await app.getByTestId('nav-records').click();
    const rowHeight = (await app.getByTestId('record-row').first().boundingBox())?.height ?? 0;
    if (rowHeight > 60) problems.push(`${width} records: a row is ${rowHeight} px tall`);
    await app.getByTestId('record-row').first().click();
    await expect(app.getByTestId('record-detail')).toBeVisible();
    problems.push(...(await seriousViolations(app, `${width} record-detail`)));
  }
  expect(problems).toEqual([]);
});

test('the sign-in screen has no serious or critical accessibility violation', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('signin-username')).toBeVisible();
  expect(await seriousViolations(page, 'sign-in')).toEqual([]);
});
