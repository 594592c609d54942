import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, demoSubject, expect, screenshot, test } from './fixtures';
import { enterApplicant, signIn, startCheck } from './steps';

// The supervisor's 合规看板 through the real UI, core and SQLite: a check made moments before is counted today and
// under its matter, leads to its record, and is in the Excel workbook.
const PROCUREMENT = '政府采购供应商资格审查';
const CASE = 'DB-2026-0001';

/** Today in Beijing time as the dashboard writes it (MM-DD under the day axis). */
const beijingToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test('the dashboard counts a check made moments before, drills down to it and exports it', async ({
  page: app,
  host,
}) => {
  // Straight to the sign-in screen (the app fixture waits for a page only a signed-in user sees).
  await app.goto(host.url);
  await signIn(app, 'zhaomin', 'demo1234');
  const company = demoSubject('demo-s-0001');
  await startCheck(app, CASE, PROCUREMENT);
  await enterApplicant(app, company.identifier);
  await expect(app.getByTestId('result-card').getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);

  await app.getByTestId('nav-dashboard').click();
  await expect(app.getByTestId('dashboard-page')).toBeVisible();
  await expect(app.getByTestId('dashboard-count-checks')).toHaveText('1');
  await expect(app.getByTestId('dashboard-count-punishment-hits')).toHaveText('1');
  await expect(app.getByTestId('dashboard-count-open-feedback')).toHaveText('1');
  // Under its matter (the bar's label) and today (the last day of the default period).
  const matters = app.getByTestId('dashboard-chart-matters');
  await expect(matters.getByText(PROCUREMENT)).toBeVisible();
  const today = beijingToday();
  await expect(app.getByTestId('dashboard-to')).toHaveValue(today);
  await expect(app.getByTestId('dashboard-chart-days').getByText(today.slice(5)).first()).toBeVisible();

  // A click on the matter's bar: the checks of that matter.
  // The click is on the matter's band (the chart answers for the axis position, as for a pointer on the bar).
  const chart = await matters.locator('svg').first().boundingBox();
  if (chart === null) throw new Error('the matter chart is not drawn');
  await app.mouse.click(chart.x + 150 + 60, chart.y + (chart.height - 40) / 2);
  const drill = app.getByTestId('dashboard-drill');
  await expect(app.getByTestId('dashboard-drill-title')).toHaveText(`事项“${PROCUREMENT}”的核查（共 1 条）`);
  await expect(drill.getByTestId('record-row').filter({ hasText: CASE })).toHaveCount(1);

  // The tile: the check with open feedback, then the record itself.
  await app.getByTestId('dashboard-tile-open-feedback').click();
  await expect(app.getByTestId('dashboard-drill-title')).toHaveText('待反馈（共 1 条）');
  // The page scrolls inside the frame: a taller window shows the tiles, the rows and both charts at once.
  await app.setViewportSize({ width: 1366, height: 1420 });
  await screenshot(app, 'dashboard');

  const download = app.waitForEvent('download');
  await app.getByTestId('dashboard-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^合规看板-\d{8}-\d{8}\.xlsx$/);
  const saved = join(ARTIFACTS, 'dashboard.xlsx');
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('待反馈');
  const checks = workbook.getWorksheet('核查次数');
  const caseCells = checks?.getColumn(2).values.filter((value) => value === CASE) ?? [];
  expect(caseCells).toHaveLength(1);
  expect(checks?.getCell('A1').text).toMatch(/^统计期间：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/);

  await drill.getByTestId('record-row').filter({ hasText: CASE }).click();
  await expect(app.getByTestId('record-detail').getByTestId('subject-name')).toHaveText(company.name);
});
