import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoSubject, expect, screenshot, test } from './fixtures';
import { atOfficeWindow, enterApplicant, startCheck } from './steps';

// Issue 10, rules 1–5 and 8 as the clerk meets them (resources/demo/README.md names the subjects).
const PROCUREMENT = '政府采购供应商资格审查';
const LICENSING = '建筑工程施工许可证核发';
const FOOD = '食品经营许可';
const OUT_OF_CITY = '91110108MA01BJ7T1R';

async function check(page: Page, caseNumber: string, matter: string, raw: string): Promise<void> {
  await page.getByTestId('new-check').click();
  await startCheck(page, caseNumber, matter);
  await enterApplicant(page, raw);
  await expect(page.getByTestId('result-card')).toBeVisible();
}

const card = (page: Page) => page.getByTestId('result-card');

test('rule 1: a wage-arrears company gets no 绿色通道 for a construction permit, and the reason names the list', async ({
  app,
}) => {
  await check(app, 'XK-2026-1001', LICENSING, demoSubject('demo-s-0005').identifier);
  await expect(card(app).getByTestId('verdict')).toHaveText('可办理');
  await expect(card(app).locator('[data-reason="incentive-withheld"]')).toContainText(
    '拖欠农民工工资失信联合惩戒对象名单',
  );
  await expect(card(app).getByTestId('incentives-suppressed').first()).toBeVisible();
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'false');
  await app.setViewportSize({ width: 1024, height: 860 });
  await screenshot(app, 'check-rule1-incentive-withheld-1024');

  // An unrepaired false commitment withholds them too, and closes the requirement-replacing commitment types.
  await check(app, 'XK-2026-1002', LICENSING, demoSubject('demo-s-0203').identifier);
  await expect(card(app).locator('[data-reason="incentive-withheld"]')).toContainText('虚假承诺');
  const route = card(app).getByTestId('commitment-route');
  await expect(route).toHaveAttribute('data-allowed', 'false');
  await expect(route).toContainText('审批替代型、容缺受理型、证明事项型');
  await expect(route.getByTestId('commitment-route-open')).toContainText('行业自律型、主动型承诺不受影响');
});

test('rule 2: an abnormal-operation shop’s food licence is 可办理 with a 监管提示 and no feedback', async ({
  app,
}) => {
  await check(app, 'XK-2026-1003', FOOD, demoSubject('demo-s-0009').identifier);
  await expect(card(app).getByTestId('verdict')).toHaveText('可办理');
  await expect(card(app).getByTestId('measure-supervisory')).toContainText('列为重点监管对象');
  await expect(card(app).getByTestId('supervisory-hint')).toContainText('不影响本次办理结论');
  await expect(card(app).getByTestId('measure-punishment')).toHaveCount(0);
  await expect(app.getByTestId('feedback-state')).toHaveText('无需反馈');
  await screenshot(app, 'check-rule2-supervisory');
});

test('rule 3: an out-of-city bidder is 需人工研判 until the clerk attaches what 信用中国 showed', async ({
  app,
}) => {
  await check(app, 'CG-2026-1004', PROCUREMENT, OUT_OF_CITY);
  await expect(card(app).getByTestId('verdict')).toHaveText('需人工研判');
  await expect(card(app).getByTestId('no-record')).toContainText('本机数据（截至');
  await expect(card(app).getByTestId('no-record')).toContainText('未查到该主体');
  const panel = app.getByTestId('external-query-panel');
  await expect(panel.getByTestId('external-query-state')).toHaveText('待外部查询');
  await expect(panel).toContainText('“信用中国”');

  // Refused without a result chosen; then a screenshot attached and saved with Ctrl+Enter.
  await panel.getByTestId('external-submit').click();
  await expect(panel).toContainText('请选择查询结果');
  await panel.getByLabel('未发现失信记录').check();
  const dir = mkdtempSync(join(tmpdir(), 'ccw-e2e-shot-'));
  const shot = join(dir, '信用中国查询结果.png');
  writeFileSync(shot, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  await panel.getByTestId('external-files').setInputFiles(shot);
  await expect(panel.getByTestId('external-file')).toContainText('信用中国查询结果.png');
  await app.setViewportSize({ width: 1024, height: 860 });
  await screenshot(app, 'check-rule3-external-query-1024');
  await panel.getByTestId('external-summary').press('Control+Enter');
  await expect(panel.getByTestId('external-query-state')).toHaveText('已留存查询结果');
  await expect(panel.getByTestId('external-query-record')).toContainText('信用中国');
  await expect(panel.getByTestId('external-query-record')).toContainText('信用中国查询结果.png');

  await app.getByTestId('nav-records').click();
  const row = app.getByTestId('record-row').filter({ hasText: 'CG-2026-1004' });
  await expect(row.getByTestId('flag-external-query')).toHaveCount(0);

  // Elsewhere the same code is 可办理, saying in plain words the city's data holds nothing on it.
  await app.getByTestId('nav-check').click();
  await check(app, 'XK-2026-1005', LICENSING, OUT_OF_CITY);
  await expect(card(app).getByTestId('verdict')).toHaveText('可办理');
  await expect(card(app).locator('[data-reason="not-in-city-data"]')).toContainText(
    '本市信用数据中没有该代码',
  );
  await expect(app.getByTestId('external-query-panel')).toHaveCount(0);
});

test('rule 4: a company whose legal representative is a judgment debtor', async ({ app }) => {
  const company = demoSubject('demo-s-0204');
  await check(app, 'CG-2026-1006', PROCUREMENT, company.identifier);
  await expect(card(app).getByTestId('verdict')).toHaveText('需人工研判');
  const related = card(app).getByTestId('related-party');
  await expect(related).toHaveAttribute('data-affects-verdict', 'true');
  await expect(related).toContainText('冯志亚（410425********8054）');
  await expect(related).toContainText('失信被执行人');
  await screenshot(app, 'check-rule4-representative');

  await check(app, 'XK-2026-1007', LICENSING, company.identifier);
  await expect(card(app).getByTestId('verdict')).toHaveText('可办理');
  await expect(card(app).getByTestId('related-party')).toHaveAttribute('data-affects-verdict', 'false');
});

test('rule 5: scanning the same applicant again for the same 办件 re-checks it and carries the feedback over', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0001');
  await atOfficeWindow(app);
  await check(app, 'CG-2026-1008', PROCUREMENT, company.identifier);
  const form = app.getByTestId('feedback-form').first();
  await form.getByTestId('feedback-result').fill('不予通过供应商资格审查');
  await form.getByTestId('feedback-submit').click();
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'false');

  await check(app, 'CG-2026-1008', PROCUREMENT, company.identifier);
  await expect(card(app).getByTestId('recheck-note')).toContainText('本次为重新核查');
  await expect(app.getByTestId('feedback-carried')).toContainText('已在本办件前次核查中反馈');
  await expect(app.getByTestId('feedback-state')).toHaveAttribute('data-open', 'false');
  await expect(app.getByTestId('feedback-form')).toHaveCount(0);

  await app.getByTestId('nav-records').click();
  const rows = app.getByTestId('record-row').filter({ hasText: 'CG-2026-1008' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('flag-recheck')).toBeVisible();
  await expect(rows.nth(1).getByTestId('flag-superseded')).toBeVisible();
  await expect(rows.nth(1).getByTestId('record-feedback')).toHaveText('见最新核查');
  await screenshot(app, 'records-recheck');
});
