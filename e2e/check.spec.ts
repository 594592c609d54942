import type { Page } from '@playwright/test';
import { demoSubject, expect, screenshot, test } from './fixtures';
import { atOfficeWindow, beijingNow, enterApplicant, startCheck, typeDate } from './steps';

// The clerk's day at the window, through the real UI, core and SQLite (resources/demo/README.md names the subjects).
const PROCUREMENT = '政府采购供应商资格审查';
const LICENSING = '建筑工程施工许可证核发';
const UNKNOWN_USCC = '91410411MA9N8K2PXW';

/** Presses Tab until the element with this test id has the focus, as a keyboard user would. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    if (focused === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

async function openRecords(page: Page): Promise<void> {
  await page.getByTestId('nav-records').click();
  await expect(page.getByTestId('records-page')).toBeVisible();
}

test('a company on a serious-failure list, procurement: punishments with basis, feedback, then 核查记录', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0001');
  await atOfficeWindow(app);
  await screenshot(app, 'check-page');
  await startCheck(app, 'CG-2026-0001', PROCUREMENT);
  await enterApplicant(app, company.identifier);

  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);
  await expect(card.getByTestId('subject-name')).toHaveText(company.name);
  await expect(card.getByTestId('status-tag').filter({ hasText: '失信惩戒对象' })).toBeVisible();
  const punishment = card.getByTestId('measure-punishment').first();
  await expect(punishment).toBeVisible();
  await expect(punishment.getByTestId('legal-basis')).toContainText('《');
  await screenshot(app, 'check-result-punishment');

  const form = app.getByTestId('feedback-form').first();
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'true');
  await form.getByTestId('feedback-result').fill('不予通过供应商资格审查');
  // 实施时间 typed by keyboard: a measure before the check is refused at the field, in Chinese, and not sent.
  const actedAt = form.getByTestId('feedback-acted-at');
  await typeDate(actedAt, '1900-01-01 10:00');
  await app.keyboard.press('Tab');
  await expect(form).toContainText('不能早于核查时间');
  await expect(actedAt).toHaveAttribute('aria-invalid', 'true');
  await form.getByTestId('feedback-submit').click();
  await expect(app.getByTestId('feedback-done')).toHaveCount(0);
  const now = beijingNow();
  await typeDate(actedAt, now);
  await expect(actedAt).toHaveValue(now);
  await form.getByTestId('feedback-submit').click();
  await expect(app.getByTestId('feedback-done')).toBeVisible();
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'false');

  await openRecords(app);
  // Checked from today (typed into the filter's date field): today's check is listed.
  await typeDate(app.getByTestId('filter-from'), now.slice(0, 10));
  await expect(app.getByTestId('filter-from')).toHaveValue(now.slice(0, 10));
  const row = app.getByTestId('record-row').filter({ hasText: 'CG-2026-0001' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('record-verdict')).toHaveText(/适用失信惩戒措施/);
  await expect(row.getByTestId('record-feedback')).toHaveText(/已反馈/);
  await screenshot(app, 'records');
  // The filter's calendar, in Chinese (2026年12月), opened from its button and closed with Esc.
  await app
    .getByRole('button', { name: /选择日期/ })
    .first()
    .click();
  await expect(app.getByRole('dialog')).toBeVisible();
  // Let the calendar's grow-in transition finish before the picture (its paper fades in for ~300 ms).
  await app.waitForTimeout(600);
  await screenshot(app, 'records-date-picker');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await row.click();
  const detail = app.getByTestId('record-detail');
  await expect(detail.getByTestId('subject-name')).toHaveText(company.name);
  await expect(detail.getByTestId('feedback-record')).toContainText('不予通过供应商资格审查');
  // The time typed in Beijing time comes back as the same Beijing time.
  await expect(detail.getByTestId('feedback-record')).toContainText(now);
  await expect(detail.getByTestId('feedback-record-action')).toHaveText(/已惩戒/);
  await expect(detail.getByTestId('hit-feedback')).toHaveText('已反馈');
  await screenshot(app, 'record-detail');
});

test('a red-list company under a licensing matter gets incentives — done from the keyboard alone', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0003');
  const keyboard = app.keyboard;
  await atOfficeWindow(app);
  await app.getByTestId('case-number').focus();
  await expect(app.getByTestId('case-number')).toBeFocused();
  await keyboard.type('XK-2026-0002');
  await keyboard.press('Tab');
  await expect(app.getByTestId('matter-select')).toBeFocused();
  await keyboard.type(LICENSING);
  await keyboard.press('ArrowDown');
  await keyboard.press('Enter');
  await tabTo(app, 'applicant-input');
  await keyboard.type(company.identifier);
  await keyboard.press('Enter');

  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('verdict')).toHaveText(/适用守信激励措施/);
  await expect(card.getByTestId('status-tag').filter({ hasText: '守信激励对象' })).toBeVisible();
  await expect(card.getByTestId('measure-incentive').first()).toBeVisible();

  // Every open feedback form is reached with Tab and submitted with Ctrl+Enter.
  const forms = app.getByTestId('feedback-form');
  expect(await forms.count()).toBeGreaterThan(0);
  for (let open = await forms.count(); open > 0; open -= 1) {
    await tabTo(app, 'feedback-result');
    await keyboard.type('已按容缺受理办理');
    await keyboard.press('Control+Enter');
    await expect(app.getByTestId('feedback-error')).toHaveCount(0);
    // The submitted form gives way to its record once the core has answered.
    await expect(forms).toHaveCount(open - 1);
  }
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'false');
  await screenshot(app, 'check-result-incentive');
});

test('an invalid USCC gets a clear Chinese error and nothing is recorded', async ({ app }) => {
  await startCheck(app, 'CG-2026-0003', PROCUREMENT);
  await enterApplicant(app, '91410400MA44TEK');
  await expect(app.getByTestId('identifier-error')).toContainText('18位');
  await expect(app.getByTestId('result-card')).toHaveCount(0);
  await enterApplicant(app, '91410400MA44TEKIO0');
  await expect(app.getByTestId('identifier-error')).toContainText('无效字符');
  await openRecords(app);
  await expect(app.getByTestId('records-empty')).toBeVisible();
  await expect(app.getByTestId('record-row')).toHaveCount(0);
});

test('a legacy code failing its check: override with a reason, and the override is recorded', async ({
  app,
}) => {
  const legacy = demoSubject('demo-s-0013');
  await startCheck(app, 'XK-2026-0004', LICENSING);
  await enterApplicant(app, legacy.identifier);
  await expect(app.getByTestId('identifier-error')).toContainText('校验');
  await expect(app.getByTestId('result-card')).toHaveCount(0);
  await app.getByTestId('override-reason').fill('短');
  await app.getByTestId('override-confirm').click();
  await expect(app.getByTestId('result-card')).toHaveCount(0);
  await app.getByTestId('override-reason').fill('已核对营业执照原件，系2016年前颁发的旧证');
  await app.getByTestId('override-confirm').click();
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('subject-name')).toHaveText(legacy.name);
  await expect(card.getByTestId('override-note')).toContainText('已核对营业执照原件，系2016年前颁发的旧证');
  await openRecords(app);
  const row = app.getByTestId('record-row').filter({ hasText: 'XK-2026-0004' });
  await expect(row.getByTestId('flag-overridden')).toBeVisible();
  await row.click();
  await expect(app.getByTestId('record-detail').getByTestId('override-note')).toContainText('旧证');
});

test('an unknown subject under a licensing matter: 可办理 with freshness, recorded', async ({ app }) => {
  await startCheck(app, 'CG-2026-0005', LICENSING);
  await enterApplicant(app, UNKNOWN_USCC);
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('no-record')).toContainText('未查到该主体');
  await expect(card.getByTestId('no-record')).toContainText(/截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(card.getByTestId('verdict')).toHaveText(/可办理/);
  await expect(card.getByTestId('freshness')).toHaveAttribute('data-stale', 'false');
  await screenshot(app, 'check-result-no-record');
  await openRecords(app);
  const row = app.getByTestId('record-row').filter({ hasText: 'CG-2026-0005' });
  await expect(row).toContainText('未查到');
  await expect(row.getByTestId('record-verdict')).toHaveText(/可办理/);
});

test('a name search picks the subject; the check page shows the connectivity state', async ({ app }) => {
  const company = demoSubject('demo-s-0007');
  await expect(app.getByTestId('connectivity')).toContainText('离线');
  await startCheck(app, 'CZ-2026-0006', '财政专项资金申报');
  await enterApplicant(app, company.name.slice(4, 8));
  const candidate = app.getByTestId('candidate').filter({ hasText: company.name });
  await expect(candidate).toBeVisible();
  await candidate.click();
  await expect(app.getByTestId('result-card').getByTestId('subject-name')).toHaveText(company.name);
  await expect(app.getByTestId('result-card').getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);

  // A next attempt refused: the earlier applicant's verdict does not stay beside its error; that check is
  // still listed for this approval.
  await enterApplicant(app, '91410400MA44TEK');
  await expect(app.getByTestId('identifier-error')).toContainText('18位');
  await expect(app.getByTestId('result-card')).toHaveCount(0);
  await expect(app.getByTestId('session-check')).toHaveCount(1);
});

// Issue 10, rules 6 and 7. demo-s-0001's code with one character mistyped (resources/demo/README.md).
const typoAt = (code: string, position: number, char: string): string =>
  `${code.slice(0, position - 1)}${char}${code.slice(position)}`;

test('a typo of a blacklisted company’s code: 是否为 the company, no override, and picking it punishes', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0001');
  await app.setViewportSize({ width: 1024, height: 860 });
  await startCheck(app, 'CG-2026-0007', PROCUREMENT);
  // The 12th character breaks the embedded organisation code: no pre-2016 code looks like that.
  await enterApplicant(app, typoAt(company.identifier, 12, '8'));
  await expect(app.getByTestId('identifier-error')).toContainText('组织机构代码');
  await expect(app.getByTestId('identifier-error')).toContainText('重新输入');
  await expect(app.getByTestId('override-panel')).toHaveCount(0);
  const near = app.getByTestId('near-matches');
  await expect(near).toContainText('是否为');
  await expect(near.getByTestId('near-match')).toHaveText([new RegExp(company.name)]);
  await expect(near.getByTestId('near-match-difference')).toHaveText('3');
  await expect(app.getByTestId('applicant-input')).toBeFocused();
  await screenshot(app, 'check-near-matches-1024');

  await app.keyboard.press('ArrowDown');
  await expect(near.getByTestId('near-match').first()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('subject-name')).toHaveText(company.name);
  await expect(card.getByTestId('verdict')).toHaveAttribute('data-verdict', 'punishment');
  await expect(app.getByTestId('near-matches')).toHaveCount(0);
});

test('a typo that leaves the organisation code intact: 是否为 above the override; overridden it is 需人工研判', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0001');
  await startCheck(app, 'CG-2026-0008', PROCUREMENT);
  await enterApplicant(app, typoAt(company.identifier, 8, '3'));
  await expect(app.getByTestId('near-match').filter({ hasText: company.name })).toBeVisible();
  await expect(app.getByTestId('override-panel')).toBeVisible();
  await screenshot(app, 'check-near-matches-override');
  await app.getByTestId('override-reason').fill('已核对营业执照');
  await app.getByTestId('override-confirm').click();
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('verdict')).toHaveAttribute('data-verdict', 'review');
  await expect(card.getByTestId('commitment-route')).toHaveAttribute('data-allowed', 'false');
  await expect(card.getByTestId('commitment-route')).toContainText(
    '统一社会信用代码未通过校验，经人工核对后继续核查的，不适用告知承诺制',
  );
  await expect(card.getByTestId('commit-from-check')).toHaveCount(0);
  // Not found: the suggestion stays on offer beside the result, and is kept in the evidence.
  await expect(card.getByTestId('result-near-matches')).toContainText(company.name);
  await expect(app.getByTestId('near-match').filter({ hasText: company.name })).toBeVisible();
});

test('an ID number with an impossible birth date: the birth-date message and no override', async ({
  app,
}) => {
  await startCheck(app, 'XK-2026-0009', LICENSING);
  // 410402 + 1990-13-01 + 123, with its right GB 11643 check character.
  await enterApplicant(app, '410402199013011238');
  const error = app.getByTestId('identifier-error');
  await expect(error).toContainText('身份证号码');
  await expect(error).toContainText('出生日期「19901301」');
  await expect(error).not.toContainText('营业执照');
  await expect(app.getByTestId('override-panel')).toHaveCount(0);
  await expect(app.getByTestId('result-card')).toHaveCount(0);
  await expect(app.getByTestId('applicant-input')).toBeFocused();
});

test('name searches: a name too long is refused in words, more matches than listed are said, a person has no 存续', async ({
  app,
}) => {
  await startCheck(app, 'CZ-2026-0007', '财政专项资金申报');
  await enterApplicant(app, '某'.repeat(120));
  await expect(app.getByTestId('check-error')).toHaveText(/^[^A-Za-z]*$/);
  await expect(app.getByTestId('check-error')).toContainText('过长');
  // 平顶山 is in most names of the demo data: the list says there are more than it shows.
  await enterApplicant(app, '平顶山');
  await expect(app.getByTestId('applicant-candidates-title')).toContainText('匹配的主体超过 20 个');
  const person = demoSubject('demo-s-0010');
  await enterApplicant(app, person.name);
  const option = app.getByTestId('candidate').filter({ hasText: '自然人' }).first();
  await expect(option).toBeVisible();
  await expect(option).not.toContainText('存续');
});
