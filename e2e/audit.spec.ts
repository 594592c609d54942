import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, DEMO_PASSWORD, demoSubject, expect, screenshot, test } from './fixtures';
import { enterApplicant, signIn, startCheck } from './steps';

// 审计日志 through the real UI, core and SQLite: the supervisor's own sign-in and a check made moments before are
// in the log, the chain is intact, a case number finds the check, and both exports hold it.
const CASE = 'SJ-2026-0042';

test('a supervisor finds a sign-in and a check in the audit log, filters by case number and exports it', async ({
  page: app,
  host,
}) => {
  await app.goto(host.url);
  await signIn(app, 'zhaomin', DEMO_PASSWORD);
  await startCheck(app, CASE, '政府采购供应商资格审查');
  await enterApplicant(app, demoSubject('demo-s-0001').identifier);
  await expect(app.getByTestId('result-card').getByTestId('verdict')).toBeVisible();

  await app.getByTestId('nav-audit').click();
  const page = app.getByTestId('audit-page');
  await expect(page).toBeVisible();
  await expect(app.getByTestId('audit-chain-local')).toHaveText(/^本机校验：完整，共 \d+ 条$/);
  // Offline-only host (PLATFORM_URL=none): no platform to confirm anything.
  await expect(app.getByTestId('audit-chain-platform')).toHaveText('未登记到市平台，无平台确认');
  const rows = app.getByTestId('audit-row');
  const newest = rows.first();
  await expect(newest.getByTestId('audit-action')).toHaveText('信用核查');
  await expect(newest.getByTestId('audit-actor')).toHaveText('赵敏（zhaomin）');
  await expect(newest.getByTestId('audit-case')).toHaveText(CASE);
  await expect(
    rows.filter({ has: app.getByTestId('audit-action').getByText('登录', { exact: true }) }).first(),
  ).toContainText('赵敏（zhaomin）');

  await app.getByTestId('audit-filter-case').fill(CASE);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('audit-case')).toHaveText(CASE);
  await screenshot(app, 'audit-log');

  const csvDownload = app.waitForEvent('download');
  await app.getByTestId('audit-export-csv').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^审计日志-\d{8}\.csv$/);
  const csvPath = join(ARTIFACTS, 'audit.csv');
  await csv.saveAs(csvPath);
  const text = readFileSync(csvPath, 'utf8');
  // The BOM lets Excel on a Chinese Windows read the file as UTF-8.
  expect(text.startsWith('\uFEFF序号,时间,操作人,操作,对象,办件编号,事由,内容摘要,系统字段：时间,')).toBe(
    true,
  );
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(CASE);
  expect(lines[1]).toContain('信用核查');
  expect(lines[1]).toMatch(/,[0-9a-f]{64}$/);
  await expect(app.getByTestId('audit-export-message')).toHaveText(/^已导出 1 条：审计日志-\d{8}\.csv$/);

  const xlsxDownload = app.waitForEvent('download');
  await app.getByTestId('audit-export-xlsx').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^审计日志-\d{8}\.xlsx$/);
  const xlsxPath = join(ARTIFACTS, 'audit.xlsx');
  await xlsx.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('审计日志');
  if (sheet === undefined) throw new Error('no 审计日志 sheet');
  const values: string[] = [];
  sheet.eachRow((row) => values.push(JSON.stringify(row.values)));
  expect(values.some((row) => row.includes('序号') && row.includes('哈希'))).toBe(true);
  // The caption names the filter; the table holds the one check.
  expect(values.some((row) => row.includes(`筛选条件：办件编号 ${CASE}`))).toBe(true);
  expect(values.filter((row) => row.includes(CASE) && row.includes('check.run'))).toHaveLength(1);

  // The export itself is in the log now.
  await app.getByTestId('audit-filter-case').fill('');
  await app.getByTestId('audit-refresh').click();
  await expect(rows.first().getByTestId('audit-action')).toHaveText('导出审计日志');
});
