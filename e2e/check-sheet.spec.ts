import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACTS, DEMO_PASSWORD, demoSubject, expect, screenshot, test } from './fixtures';
import { DEMO_UNIT, enterApplicant, setWindowUnit, signIn, startCheck, clickPrintingOnce } from './steps';

// 核查记录单: a clerk checks an applicant, opens the stored record and prints its sheet for the case file. The
// browser host prints with the browser's own printing (print media, @page A4), which page.pdf renders here.

const PROCUREMENT = '政府采购供应商资格审查';
const CASE_NUMBER = 'CG-2026-0777';

/** The text of a PDF, whitespace removed (CJK text may be laid out with spaces between characters). */
const pdfText = (path: string): string =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

test('a clerk prints the 核查记录单 of a check from its record, as PDF for the case file', async ({
  app,
}) => {
  test.setTimeout(120_000);
  // The administrator sets the window's 受理单位; the clerk checks.
  await setWindowUnit(app, DEMO_UNIT);
  await app.getByTestId('signout').click();
  await signIn(app, 'wangfang', DEMO_PASSWORD);
  await app.getByTestId('nav-check').click();

  const company = demoSubject('demo-s-0001');
  await startCheck(app, CASE_NUMBER, PROCUREMENT);
  await enterApplicant(app, company.identifier);
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);
  const checkId = (await card.getAttribute('data-check-id')) ?? '';
  expect(checkId).not.toBe('');
  // Offered right after the check too.
  await expect(app.getByTestId('check-sheet-open')).toBeVisible();
  await app
    .getByTestId('feedback-form')
    .first()
    .getByTestId('feedback-result')
    .fill('不予通过供应商资格审查');
  await app.getByTestId('feedback-form').first().getByTestId('feedback-submit').click();
  await expect(app.getByTestId('feedback-done')).toBeVisible();

  // The stored record, opened from 核查记录.
  await app.getByTestId('nav-records').click();
  await app.getByTestId('records-page').getByText(CASE_NUMBER, { exact: true }).click();
  const detail = app.getByTestId('record-detail');
  await expect(detail).toHaveAttribute('data-check-id', checkId);
  await detail.getByTestId('check-sheet-open').click();
  const sheet = app.getByTestId('check-sheet');
  await expect(sheet).toBeVisible();
  await expect(app.getByTestId('sheet-case-number')).toHaveText(CASE_NUMBER);
  await expect(app.getByTestId('sheet-operator')).toHaveText('王芳（wangfang）');
  await expect(app.getByTestId('sheet-unit')).toHaveText(`${DEMO_UNIT.name}（${DEMO_UNIT.code}）`);
  await expect(app.getByTestId('sheet-qr')).toHaveAttribute('data-value', checkId);
  const checkedAt = (await app.getByTestId('sheet-checked-at').textContent()) ?? '';
  expect(checkedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await screenshot(app, 'check-sheet');

  // 保存为PDF in the browser: the browser's print dialog, which a headless browser cannot drive: counted instead.
  await clickPrintingOnce(app, 'check-sheet-pdf');
  await app.emulateMedia({ media: 'print' });
  const pdfPath = join(ARTIFACTS, 'check-sheet.pdf');
  await app.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await app.emulateMedia({ media: 'screen' });
  const text = pdfText(pdfPath);
  expect(text).toContain('信用核查记录单');
  expect(text).toContain('适用失信惩戒措施');
  expect(text).toContain(CASE_NUMBER);
  expect(text).toContain(PROCUREMENT);
  expect(text).toContain('王芳（wangfang）');
  expect(text).toContain(checkedAt.replace(/\s+/g, ''));
  expect(text).toContain(DEMO_UNIT.name);
  expect(text).toContain(company.name);
  expect(text).toContain('不予通过供应商资格审查');
  // The demo host has no platform: the sheet says the evidence was this PC's offline cache.
  expect(text).toContain('核查时本机未连接市信用平台，依据本机离线缓存数据核查');
  // Every page numbered: 第 N 页 共 M 页 (print CSS page-margin boxes).
  expect(text).toMatch(/第1页共(\d+)页/);
  // No internal id in the text, and none of the app around the sheet.
  expect(text).not.toContain(checkId);
  expect(text).not.toContain('保存为PDF');
  expect(text).not.toContain('核查记录详情');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    join(ARTIFACTS, 'check-sheet-page'),
  ]);

  await app.getByTestId('check-sheet-close').click();
  await expect(sheet).toHaveCount(0);
  await expect(detail).toBeVisible();
});
