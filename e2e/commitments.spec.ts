import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, demoSubject, expect, screenshot, test } from './fixtures';
import { enterApplicant, setWindowUnit, startCheck } from './steps';

// 告知承诺 at the window, through the real UI, core and SQLite (resources/demo/README.md names the subjects).
const LICENSING = '建筑工程施工许可证核发';
const PROCUREMENT = '政府采购供应商资格审查';

async function runCheck(page: Page, caseNumber: string, matter: string, raw: string): Promise<void> {
  await page.getByTestId('nav-check').click();
  await page.getByTestId('new-check').click();
  await startCheck(page, caseNumber, matter);
  await enterApplicant(page, raw);
  await expect(page.getByTestId('result-card')).toBeVisible();
}

/** The window's own unit, set once on the 设置 page: every 承诺书 made here has it as the 受理单位. */
const WINDOW_UNIT = { name: '平顶山市政务服务中心（示例）', code: '11410400MB0000001X' };

/**
 * The fields a check cannot know; the committer, matter and case come from the check, the 受理单位 from the
 * settings.
 */
async function fillCommitment(page: Page): Promise<void> {
  const form = page.getByTestId('commitment-form');
  await form.getByTestId('commitment-type').selectOption('approval-substitute');
  await form
    .getByTestId('commitment-reason')
    .fill('申请建筑工程施工许可证，以承诺代替提交施工图审查合格证明');
  await form
    .getByTestId('commitment-content')
    .fill('本单位承诺施工图已经审查合格，所提交材料真实有效，并于30日内补交审查合格证明。');
  await form.getByTestId('commitment-long-term').check();
  await form.getByTestId('commitment-recognising-name').fill('平顶山市住房和城乡建设局（示例）');
  await form.getByTestId('commitment-recognising-code').fill('11410400MB0000002Y');
}

/** A check of a subject open to the route, then 按告知承诺办理 → the form filled from it → saved. */
async function commitFromCheck(page: Page, caseNumber: string, identifier: string): Promise<string> {
  await setWindowUnit(page, WINDOW_UNIT);
  await runCheck(page, caseNumber, LICENSING, identifier);
  const route = page.getByTestId('result-card').getByTestId('commitment-route');
  await expect(route).toHaveAttribute('data-allowed', 'true');
  await expect(route).toContainText('可适用告知承诺制');
  await screenshot(page, 'commitment-check-route');
  await route.getByTestId('commit-from-check').click();
  const form = page.getByTestId('commitment-form');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('form-route')).toHaveAttribute('data-allowed', 'true');
  await expect(page.getByTestId('commitment-from-check')).toContainText(caseNumber);
  await expect(form.getByTestId('commitment-case-number')).toHaveValue(caseNumber);
  await expect(form.getByTestId('commitment-matter')).toHaveValue(new RegExp(LICENSING));
  await expect(form.getByTestId('commitment-verify-by')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(form.getByTestId('commitment-accepting-name')).toHaveValue(WINDOW_UNIT.name);
  await expect(form.getByTestId('commitment-accepting-code')).toHaveValue(WINDOW_UNIT.code);
  await fillCommitment(page);
  await screenshot(page, 'commitment-form');
  await form.getByTestId('commitment-save').click();
  await expect(page.getByTestId('commitment-detail')).toBeVisible();
  const code = page.getByTestId('commitment-code-value');
  await expect(code).toHaveText(/^\d{20}$/);
  return (await code.textContent()) ?? '';
}

test('a clerk records a commitment and prints its 承诺书', async ({ app }) => {
  const company = demoSubject('demo-s-0003');
  const code = await commitFromCheck(app, 'XK-2026-0101', company.identifier);
  const detail = app.getByTestId('commitment-detail');
  await expect(detail.getByTestId('commitment-committer')).toHaveText(company.name);
  await expect(detail.getByTestId('commitment-state')).toHaveAttribute('data-state', 'pending');
  await expect(detail.getByTestId('verification-form')).toBeVisible();
  await screenshot(app, 'commitment-detail');

  // The list: the new commitment is on the clerk's to-do, and a row opens from the keyboard.
  await app.getByTestId('commitment-back').click();
  const row = app.getByTestId('commitment-row').filter({ hasText: code });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(company.name);
  await expect(row.getByTestId('commitment-due')).toHaveText(/待核查|即将到期/);
  await expect(app.getByTestId('commitment-tab-open')).toBeVisible();
  await screenshot(app, 'commitments');
  await row.getByRole('gridcell').first().focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('commitment-code-value')).toHaveText(code);

  // The 承诺书: code, committer and the full identifier (the applicant signs it).
  await app.getByTestId('commitment-print-open').click();
  const sheet = app.getByTestId('commitment-print');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('信用承诺书');
  await expect(sheet.getByTestId('print-code')).toHaveText(code);
  await expect(sheet.getByTestId('print-committer')).toHaveText(company.name);
  await expect(sheet.getByTestId('print-identifier')).toHaveText(company.identifier);
  await expect(sheet.getByTestId('print-notice')).toContainText('行政机关已书面告知');
  await expect(sheet.getByTestId('print-signatures')).toContainText('承诺人（签章）');
  await expect(sheet.getByTestId('print-signatures')).toContainText('受理人');
  await screenshot(app, 'commitment-print-preview');
  // The whole A4 sheet in one picture: a window tall enough for it.
  const viewport = app.viewportSize();
  await app.setViewportSize({ width: 1000, height: 1300 });
  mkdirSync(ARTIFACTS, { recursive: true });
  await sheet.screenshot({ path: join(ARTIFACTS, 'commitment-print.png') });
  if (viewport !== null) await app.setViewportSize(viewport);

  // On paper only the document: the app frame and the buttons are gone.
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByTestId('commitment-print-button')).toBeHidden();
  await expect(app.getByRole('navigation')).toBeHidden();
  await expect(sheet).toBeVisible();
  const pdfPath = join(ARTIFACTS, 'commitment-print.pdf');
  await app.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  // A short commitment fits one A4 page, signature lines included.
  expect(pages.length).toBe(1);
  await app.emulateMedia({ media: 'screen' });

  await app.getByTestId('commitment-print-close').click();
  await expect(sheet).toHaveCount(0);
  await expect(app.getByTestId('commitment-detail')).toBeVisible();
});

test('an applicant on a 严重失信 list sees the barring and cannot commit', async ({ app }) => {
  const company = demoSubject('demo-s-0001');
  await runCheck(app, 'CG-2026-0102', PROCUREMENT, company.identifier);
  const route = app.getByTestId('result-card').getByTestId('commitment-route');
  await expect(route).toHaveAttribute('data-allowed', 'false');
  await expect(route).toContainText('不适用告知承诺制');
  await expect(route.getByTestId('commitment-route-reasons')).toContainText('严重失信');
  await expect(app.getByTestId('commit-from-check')).toHaveCount(0);
  await screenshot(app, 'commitment-check-barred');

  // Typed in the form directly, the same answer: every reason, and no way to save.
  await app.getByTestId('nav-commitments').click();
  await expect(app.getByTestId('commitments-page')).toBeVisible();
  await app.keyboard.press('Alt+KeyC');
  const form = app.getByTestId('commitment-form');
  await expect(form.getByTestId('commitment-identifier')).toBeFocused();
  // Saved empty: every missing field is marked at once, before anything is sent.
  await form.getByTestId('commitment-save').click();
  for (const field of ['identifier', 'name', 'reason', 'content', 'valid-until', 'recognising-code'])
    await expect(form.getByTestId(`commitment-${field}`)).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('commitment-save-error')).toHaveCount(0);
  await form.getByTestId('commitment-identifier').fill(company.identifier);
  await form.getByTestId('commitment-identifier').press('Enter');
  const formRoute = form.getByTestId('form-route');
  await expect(formRoute).toHaveAttribute('data-allowed', 'false');
  await expect(formRoute.getByTestId('form-route-reasons')).toContainText('严重失信');
  await expect(form.getByTestId('commitment-name')).toHaveValue(company.name);
  await fillCommitment(app);
  await expect(form.getByTestId('commitment-save')).toBeDisabled();
  await expect(form.getByTestId('commitment-barred')).toContainText('不得作出审批替代型承诺');
  await expect(formRoute.getByTestId('form-route-open')).toContainText('行业自律型、主动型承诺不受影响');
  await screenshot(app, 'commitment-form-barred');
  // Rule 8 of issue 10: a 行业自律型 commitment replaces no requirement, and stays open to the barred company.
  await form.getByTestId('commitment-type').selectOption('self-discipline');
  await expect(form.getByTestId('commitment-barred')).toHaveCount(0);
  await expect(form.getByTestId('commitment-save')).toBeEnabled();
  await expect(form).toContainText('平信用〔2021〕1号称“行业自律性”承诺');
  await form.getByTestId('commitment-type').selectOption('approval-substitute');
  await expect(form.getByTestId('commitment-save')).toBeDisabled();

  // Another code: the barred company's name does not stay on it; the new committer's comes in.
  const other = demoSubject('demo-s-0003');
  await form.getByTestId('commitment-identifier').fill(other.identifier);
  await expect(form.getByTestId('commitment-name')).toHaveValue('');
  await form.getByTestId('commitment-identifier').press('Enter');
  await expect(form.getByTestId('form-route')).toHaveAttribute('data-allowed', 'true');
  await expect(form.getByTestId('commitment-name')).toHaveValue(other.name);

  // 取消 on a filled-in form asks first.
  await app.getByTestId('commitment-form-cancel').click();
  const ask = app.getByTestId('commitment-cancel-ask');
  await expect(ask).toContainText('放弃这份未保存的信用承诺？');
  await ask.getByTestId('commitment-cancel-ask-discard').click();
  await expect(app.getByTestId('commitments-empty')).toBeVisible();
});

test('a false commitment found on verification bars the committer from the route', async ({ app }) => {
  const company = demoSubject('demo-s-0003');
  await commitFromCheck(app, 'XK-2026-0103', company.identifier);
  const form = app.getByTestId('verification-form');
  await form.getByTestId('verify-unfulfilled').check();
  await form.getByTestId('verify-false').check();
  await form.getByTestId('verify-submit').click();
  // Not kept: what was not kept and the liability pursued are required.
  await expect(form.getByTestId('verify-unfulfilled')).toBeChecked();
  await expect(app.getByTestId('verify-error')).toHaveCount(0);
  await expect(form).toContainText('请填写未履行内容');
  await form
    .getByTestId('verify-unfulfilled-content')
    .fill('未在承诺期限内补交施工图审查合格证明，所称审查合格不属实');
  await form.getByTestId('verify-liability').fill('终止办理，撤销施工许可决定');
  await form.getByTestId('verify-submit').click();

  const detail = app.getByTestId('commitment-detail');
  await expect(detail.getByTestId('commitment-state')).toHaveAttribute('data-state', 'verified');
  await expect(detail.getByTestId('commitment-state')).toHaveText('已核查');
  await expect(detail.getByTestId('verification-fulfilment')).toHaveText('全部未履行');
  await expect(detail.getByTestId('verification-false')).toHaveText('是');
  await expect(detail.getByTestId('verification-recorded')).toContainText('失信信息');
  await expect(app.getByTestId('verification-form')).toHaveCount(0);
  await screenshot(app, 'commitment-verified');

  // The provisional credit record now bars the same committer at the next check.
  await runCheck(app, 'XK-2026-0104', LICENSING, company.identifier);
  const route = app.getByTestId('result-card').getByTestId('commitment-route');
  await expect(route).toHaveAttribute('data-allowed', 'false');
  await expect(route).toContainText('不适用告知承诺制');
  await expect(route.getByTestId('commitment-route-reasons')).toContainText('虚假承诺');
});
