import { demoSubject, expect, screenshot, test } from './fixtures';
import { enterApplicant, startCheck } from './steps';

// Rule 9 of issue 10: the check shows each grade result apart — 公共信用综合评价, an industry grade, 市场监管's
// risk class — with evaluator, date, source and what the policy says it implies, as notices beside the verdict.

test('a check shows the three grade schemes apart, each with evaluator, date, source and its implication', async ({
  app,
}) => {
  const company = demoSubject('demo-s-0007');
  await startCheck(app, 'XK-2026-0909', '建筑工程施工许可证核发');
  await enterApplicant(app, company.identifier);
  const card = app.getByTestId('result-card');
  await expect(card.getByTestId('subject-name')).toHaveText(company.name);
  const grades = card.getByTestId('grades');
  await expect(grades).toContainText('不改变核查结论');
  const notices = grades.getByTestId('grade-notice');
  await expect(notices).toHaveCount(3);
  const publicCredit = notices.and(app.locator('[data-scheme="public-credit"]'));
  await expect(publicCredit.getByTestId('grade-result')).toHaveText('D（差）');
  await expect(publicCredit).toContainText('国家公共信用信息中心');
  await expect(publicCredit).toContainText('2026-07-15');
  await expect(publicCredit.getByTestId('grade-implication')).toContainText('提示加强审核');
  await expect(publicCredit).toContainText('依据待确认');
  const tax = notices.and(app.locator('[data-scheme="tax-credit"]'));
  await expect(tax.getByTestId('grade-result')).toHaveText('D级');
  await expect(tax).toContainText('国家税务总局平顶山市税务局');
  const risk = notices.and(app.locator('[data-scheme="market-risk"]'));
  await expect(risk.getByTestId('grade-result')).toHaveText('D（信用风险高）');
  await expect(risk.getByTestId('grade-implication')).toContainText('监管措施');
  // The old single field is gone from new checks.
  await expect(card.getByTestId('subject-grade')).toHaveCount(0);
  await risk.scrollIntoViewIfNeeded();
  await screenshot(app, 'check-grades');

  // A subject whose only risk class expired shows none.
  await app.getByTestId('new-check').click();
  await startCheck(app, 'XK-2026-0910', '建筑工程施工许可证核发');
  await enterApplicant(app, demoSubject('demo-s-0054').identifier);
  await expect(app.getByTestId('result-card').getByTestId('grades-none')).toBeVisible();
});
