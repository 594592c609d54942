import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, DEMO_PASSWORD, expect, screenshot, test } from './fixtures';
import { signIn } from './steps';

// The supervisor's 双随机抽查 through the real UI, core and SQLite: the pool of 食品经营许可 holders city-wide by
// grade, a draw from a given seed, its replay, the CSV export and the printable list.
const MATTER = '食品经营许可';
const SEED = 'e2e-2026-12-02';

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
  await screenshot(app, 'inspections');

  const download = app.waitForEvent('download');
  await app.getByTestId('inspection-export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^双随机抽查名单-SJ\d{8}-410400-[0-9A-F]{8}\.csv$/);
  const saved = join(ARTIFACTS, 'inspections.csv');
  await file.saveAs(saved);
  const lines = readFileSync(saved, 'utf8').split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFF序号,检查对象名称,统一社会信用代码/证件号码,信用等级,检查人员,执法证号,抽查事项',
  );
  expect(lines.filter((line) => line.endsWith(`,${MATTER}`))).toHaveLength(11);

  await app.getByTestId('inspection-print').click();
  const sheet = app.getByTestId('inspection-print-sheet');
  await expect(sheet).toContainText('“双随机、一公开”抽查结果公示名单');
  await expect(sheet).toContainText(SEED);
  await screenshot(app, 'inspections-print');
  await app.getByTestId('inspection-print-close').click();
  await expect(sheet).toBeHidden();
});
