import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, DEMO_PASSWORD, expect, screenshot, test } from './fixtures';
import { signIn } from './steps';

// The supervisor's 双随机抽查 through the real UI, core and SQLite: the pool of 食品经营许可 holders city-wide by
// grade, a draw from a given seed, its replay, the CSV export, the 随机抽取名单 printed before any inspection
// (with its annex 抽取方法说明), a result recorded, and 抽查结果公示 showing it.
const MATTER = '食品经营许可';
const SEED = 'e2e-2026-12-02';

/** The print dialog on screen saved as the browser prints it (print media, A4), and its text by pdftotext. */
async function printedText(app: Page, name: string): Promise<string> {
  const pdfPath = join(ARTIFACTS, `${name}.pdf`);
  await app.emulateMedia({ media: 'print' });
  await app.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await app.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
}

/** A screenshot at 1024 px wide, the narrowest window the service hall's PCs use. */
async function narrowShot(app: Page, name: string): Promise<void> {
  const viewport = app.viewportSize();
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, name);
  if (viewport !== null) await app.setViewportSize(viewport);
}

test('a supervisor draws an inspection list, replays it, exports it and prints it', async ({
  page: app,
  host,
}) => {
  await app.goto(host.url);
  await signIn(app, 'zhaomin', DEMO_PASSWORD);
  await app.getByTestId('nav-inspections').click();
  await expect(app.getByTestId('inspections-page')).toBeVisible();

  await app.getByTestId('inspection-matter').fill(MATTER);
  await app
    .getByRole('option', { name: new RegExp(MATTER) })
    .first()
    .click();
  await app.getByTestId('inspection-show-pool').click();
  const pool = app.getByTestId('inspection-pool');
  await expect(pool).toBeVisible();
  await expect(app.getByTestId('inspection-pool-summary')).toContainText('共 35 个检查对象');
  await expect(app.getByTestId('pool-expected-D')).toHaveText('4');
  await expect(app.getByTestId('pool-expected-ungraded')).toHaveText('4');

  await app.getByTestId('inspection-seed').fill(SEED);
  await app.getByTestId('inspection-draw').click();
  const result = app.getByTestId('inspection-result');
  await expect(result).toBeVisible();
  await expect(app.getByTestId('inspection-recorded-seed')).toHaveText(SEED);
  await expect(result.getByTestId('inspection-row')).toHaveCount(11);
  await expect(app.getByTestId('inspection-replay-answer')).toContainText('可重现');
  await expect(app.getByTestId('inspection-past-row')).toHaveCount(1);

  await app.getByTestId('inspection-replay').click();
  await expect(app.getByTestId('inspection-replay-answer')).toContainText('结果与存档完全一致');
  await narrowShot(app, 'inspections');

  const download = app.waitForEvent('download');
  await app.getByTestId('inspection-export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^随机抽取名单-SJ\d{8}-410400-[0-9A-F]{8}\.csv$/);
  const saved = join(ARTIFACTS, 'inspections.csv');
  await file.saveAs(saved);
  const lines = readFileSync(saved, 'utf8').split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFF序号,检查对象名称,统一社会信用代码/公民身份号码,风险分类,检查人员,执法证号,抽查事项',
  );
  expect(lines.filter((line) => line.endsWith(`,${MATTER}`))).toHaveLength(11);

  // Before any inspection: the 随机抽取名单, never titled 抽查结果公示, with its annex in plain words.
  const listHash = (await app.getByTestId('inspection-list-hash').textContent()) ?? '';
  expect(listHash).toMatch(/^[0-9a-f]{64}$/);
  await app.getByTestId('inspection-print').click();
  const sheet = app.getByTestId('inspection-print-sheet');
  await expect(sheet.locator('h1')).toHaveText('随机抽取名单');
  await expect(sheet).toContainText(SEED);
  await expect(sheet).toContainText(listHash);
  await expect(app.getByTestId('inspection-annex')).toContainText('附件：抽取方法说明');
  await narrowShot(app, 'inspections-print');
  const listText = (await printedText(app, 'inspections-list')).replace(/\s+/g, '');
  expect(listText.indexOf('随机抽取名单')).toBeGreaterThanOrEqual(0);
  expect(listText).not.toContain('“双随机、一公开”抽查结果公示');
  for (const words of [
    '抽查任务：平顶山市食品经营许可“双随机”抽查',
    '附件：抽取方法说明',
    '风险分类',
    'cyrb128',
    'sfc32',
  ])
    expect(listText).toContain(words);
  expect(listText).toContain(SEED);
  expect(listText).toContain(listHash);
  // Only the list is printed: none of the app around it.
  expect(listText).not.toContain('重现验证');
  await app.getByTestId('inspection-print-close').click();
  await expect(sheet).toBeHidden();

  // After the inspection: the first drawn subject's result, refused without 处理情况 for a problem found.
  const results = app.getByTestId('inspection-results');
  await expect(app.getByTestId('results-summary')).toHaveText('已录入 0 户，尚有 11 户待录入检查结果');
  await expect(app.getByTestId('results-print')).toBeDisabled();
  const firstRow = results.getByTestId('result-row').first();
  const subjectName =
    (await firstRow.locator('[role="gridcell"][data-field="subjectName"]').textContent()) ?? '';
  await firstRow.getByTestId('result-edit').click();
  await app.getByTestId('result-outcome').selectOption({ label: '发现问题已责令整改' });
  await app.getByTestId('result-submit').click();
  await expect(app.getByTestId('result-error')).toBeVisible();
  await expect(app.getByTestId('result-form')).toContainText('检查发现问题的，请填写处理情况');
  await app.getByTestId('result-handling').fill('未在经营场所公示食品经营许可证，已当场责令改正');
  await narrowShot(app, 'inspections-result-form');
  await app.getByTestId('result-submit').click();
  await expect(app.getByTestId('result-form')).toBeHidden();
  await expect(app.getByTestId('results-notice')).toContainText(subjectName);
  await expect(app.getByTestId('results-summary')).toHaveText('已录入 1 户，尚有 10 户待录入检查结果');
  await expect(firstRow.getByTestId('result-outcome-cell')).toHaveText('发现问题已责令整改');
  await narrowShot(app, 'inspections-results');

  // 抽查结果公示: only the result recorded, and how many still await one.
  await app.getByTestId('results-print').click();
  const published = app.getByTestId('results-print-sheet');
  await expect(published.locator('h1')).toHaveText('“双随机、一公开”抽查结果公示');
  await expect(published.locator('tbody tr')).toHaveCount(1);
  await expect(published).toContainText(subjectName);
  await expect(published).toContainText('尚有 10 个待录入检查结果');
  await narrowShot(app, 'inspections-results-print');
  const resultsText = (await printedText(app, 'inspections-results')).replace(/\s+/g, '');
  for (const words of [
    '“双随机、一公开”抽查结果公示',
    subjectName,
    '发现问题已责令整改',
    '已当场责令改正',
    '检查部门',
  ])
    expect(resultsText).toContain(words.replace(/\s+/g, ''));
  await app.getByTestId('results-print-close').click();

  const resultsDownload = app.waitForEvent('download');
  await app.getByTestId('results-export-csv').click();
  const resultsFile = await resultsDownload;
  expect(resultsFile.suggestedFilename()).toMatch(/^抽查结果公示-SJ\d{8}-410400-[0-9A-F]{8}\.csv$/);
  const resultsCsv = join(ARTIFACTS, 'inspection-results.csv');
  await resultsFile.saveAs(resultsCsv);
  const resultLines = readFileSync(resultsCsv, 'utf8')
    .split('\r\n')
    .filter((line) => line !== '');
  expect(resultLines[0]).toBe(
    '\uFEFF序号,主体名称,统一社会信用代码/公民身份号码,检查日期,检查结果,处理情况,检查部门',
  );
  expect(resultLines).toHaveLength(2);
  expect(resultLines[1]).toContain('发现问题已责令整改');
});
