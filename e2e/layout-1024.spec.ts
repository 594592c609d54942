import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  ARTIFACTS,
  DEMO_PASSWORD,
  demoSubject,
  expect,
  screenshot,
  startHost,
  stopHost,
  test,
} from './fixtures';
import { freePort, platformProcess } from './platform-process';
import { enrol, enterApplicant, issueCode, setWindowUnit, signIn, startCheck } from './steps';

// The smallest screen a window PC has: 1024×768. Every button, label, chip and table heading must show its whole
// text there; a label cut to "信用修…" or a heading under its neighbour is a clerk guessing. Checked by measuring
// (an element whose text is wider than its box), not by comparing pictures.
const SMALL = { width: 1024, height: 768 };

// Hostile input a clerk can really type: the longest 办件编号 a check takes, a long unit name.
const LONG_CASE = `YX-2026-${'长办件编号'.repeat(11)}`.slice(0, 64);
const LONG_UNIT = {
  name: '平顶山市叶县行政审批和政务信息管理局政务服务中心综合窗口',
  code: '11410422MB1A23456X',
};

/** Elements whose text a person reads and that must not cut it, by the roles MUI gives them. */
const TEXT_BOXES = [
  'button',
  'label',
  'th',
  '[role="tab"]',
  // A DataGrid's heading is measured by its title: the heading cell holds its hidden sort and menu icons.
  '[role="columnheader"]:not(.MuiDataGrid-columnHeader)',
  '.MuiChip-label',
  '.MuiInputLabel-root',
  '.MuiFormControlLabel-label',
  '.MuiListItemText-primary',
  '.MuiDataGrid-columnHeaderTitle',
  '.MuiToggleButton-root',
].join(',');

type Cut = { text: string; scroll: number; client: number };

/** Visible text elements whose content is wider than their box (cut or spilling), and the page's own width. */
async function cutTexts(page: Page): Promise<{ cuts: Cut[]; pageOverflow: number }> {
  // An empty field's label is shown at full size only while the field has no focus: blurred, and its move back
  // (a CSS transition after React's re-render) waited for.
  await page.evaluate(async () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    await frame();
    await frame();
    // Transitions only (a spinner's animation never ends); one cancelled by the next render is as good as done.
    const moves = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(moves.map((move) => move.finished.catch(() => undefined)));
  });
  return page.evaluate((selector) => {
    const cuts: Cut[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      const text = (element.innerText || '').trim();
      if (text === '') continue;
      // One pixel of rounding is not a cut.
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
        cuts.push({ text, scroll: element.scrollWidth, client: element.clientWidth });
    }
    // The page scrolls inside <main> (renderer/app/Frame.tsx), the window itself never.
    const overflow = (box: Element | null): number => (box === null ? 0 : box.scrollWidth - box.clientWidth);
    return {
      cuts,
      pageOverflow: Math.max(overflow(document.documentElement), overflow(document.querySelector('main'))),
    };
  }, TEXT_BOXES);
}

/**
 * Visible disabled buttons that do not say why: a disabled button takes no focus, so its reason must be text on the
 * page that the button names (aria-describedby). A list's page arrows at its first or last page, and a wizard's
 * steps not yet reached, need none.
 */
async function silentDisabledButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button:disabled'))
      .filter((button) => button.getBoundingClientRect().width > 0)
      .filter((button) => button.closest('.MuiTablePagination-actions') === null)
      // A wizard's steps ahead: the stepper itself shows they come next, in order.
      .filter((button) => !button.classList.contains('MuiStepButton-root'))
      .filter((button) => {
        const reason = (button.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id))
          .find((element) => (element?.textContent ?? '').trim() !== '');
        return (reason?.getBoundingClientRect().width ?? 0) === 0;
      })
      .map((button) => button.innerText.trim() || (button.getAttribute('aria-label') ?? '')),
  );
}

async function expectNothingCut(page: Page, name: string): Promise<void> {
  const { cuts, pageOverflow } = await cutTexts(page);
  // Soft: every page is walked and pictured, and all that is cut is reported at once.
  expect.soft(cuts, `${name}: text cut at 1024 px`).toEqual([]);
  expect.soft(pageOverflow, `${name}: the page scrolls sideways at 1024 px`).toBeLessThanOrEqual(0);
  expect.soft(await silentDisabledButtons(page), `${name}: disabled without saying why`).toEqual([]);
  await screenshot(page, `1024-${name}`);
  // And the end of the page, which a screenshot of the window does not reach.
  await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await page.screenshot({ path: join(ARTIFACTS, `1024-${name}-end.png`) });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
}

const PAGES = [
  ['check', 'check-page'],
  ['records', 'records-page'],
  ['commitments', 'commitments-page'],
  ['repairs', 'repairs-page'],
  ['objections', 'objections-page'],
  ['sync', 'sync-page'],
  ['settings', 'settings-page'],
  ['reports', 'reports-page'],
  ['dashboard', 'dashboard-page'],
] as const;

const FORMS = [
  ['commitments', 'new-commitment', 'commitment-form-page'],
  ['repairs', 'repair-new-button', 'repair-new'],
  ['objections', 'objection-new-button', 'objection-new'],
] as const;

test('at 1024×768 no page cuts a button, label or heading', async ({ app }) => {
  // Twelve pages, each measured, pictured and checked by axe-core.
  test.setTimeout(300_000);
  await app.setViewportSize(SMALL);
  await setWindowUnit(app, LONG_UNIT);
  // A check with the longest 办件编号, so 核查记录 and the check page show one.
  await app.getByTestId('nav-check').click();
  await startCheck(app, LONG_CASE, '政府采购供应商资格审查');
  await enterApplicant(app, demoSubject('demo-s-0003').identifier);
  await expect(app.getByTestId('result-card')).toBeVisible();
  for (const [nav, pageId] of PAGES) {
    await app.getByTestId(`nav-${nav}`).click();
    await expect(app.getByTestId(pageId)).toBeVisible();
    // Lists fill in after the page opens.
    await app.waitForLoadState('networkidle');
    await expectNothingCut(app, nav);
  }
  // The forms a clerk fills in at the window, opened from their pages.
  for (const [nav, button, form] of FORMS) {
    await app.getByTestId(`nav-${nav}`).click();
    await app.getByTestId(button).click();
    await expect(app.getByTestId(form)).toBeVisible();
    await expectNothingCut(app, `${nav}-new`);
  }
});

// R5: the sync page of an enrolled PC (同步方式 shows only then), with a long device name and a pending check of
// the longest 办件编号, offline, at 1024 px.
test('the supervisor’s 双随机抽查 and 审计日志 cut nothing at 1024×768 and say why a button waits', async ({
  page,
  host,
}) => {
  await page.setViewportSize(SMALL);
  await page.goto(host.url);
  await signIn(page, 'zhaomin', DEMO_PASSWORD);
  await page.getByTestId('nav-inspections').click();
  await expect(page.getByTestId('inspections-page')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // No matter chosen yet: 查看检查对象 waits, and says so.
  await expect(page.getByTestId('inspection-show-pool')).toBeDisabled();
  await expect(page.getByTestId('inspection-show-pool-reason')).toHaveText('请先选择抽查事项');
  await expectNothingCut(page, 'inspections');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-page')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNothingCut(page, 'audit');
});

test('the sync page of an enrolled PC shows 同步方式 whole at 1024×768', async ({ page }) => {
  test.setTimeout(180_000);
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  const platform = platformProcess(platformDir, await freePort(), { args: ['--demo'] });
  await platform.start();
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    const code = await issueCode(platformDir);
    await page.setViewportSize(SMALL);
    await page.goto(host.url);
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, `${LONG_UNIT.name}第三号综合受理窗口`);
    await expect(page.getByTestId('signin-enrol')).toBeHidden();
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByTestId('nav-sync').click();
    await page.getByTestId('sync-now').click({ timeout: 90_000 });
    await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
    await expect(page.getByTestId('sync-mode')).toBeVisible();
    await expect(page.getByTestId('sync-mode-hint')).toBeVisible();
    await expectNothingCut(page, 'sync-enrolled');

    // Offline, with a check waiting to go up.
    await platform.stop();
    await expect(page.getByTestId('connectivity')).toContainText('离线');
    await page.getByTestId('nav-check').click();
    await startCheck(page, LONG_CASE, '政府采购供应商资格审查');
    await enterApplicant(page, demoSubject('demo-s-0003').identifier);
    await expect(page.getByTestId('result-card')).toBeVisible();
    await page.getByTestId('nav-sync').click();
    await expect(page.getByTestId('sync-pending')).not.toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('sync-mode')).toBeVisible();
    await expect(page.getByTestId('sync-mode-hint')).toBeVisible();
    await expectNothingCut(page, 'sync-offline');
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});
