import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { platformRoutes } from '../shared/platform-api/api';
import { ARTIFACTS, DEMO_PASSWORD, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { freePort, platformCommand, platformProcess } from './platform-process';
import {
  DEMO_UNIT,
  clickPrintingOnce,
  enrol,
  enterApplicant,
  issueCode,
  setWindowUnit,
  signIn,
  startCheck,
} from './steps';

const ROOT = resolve(__dirname, '..');

type DemoSubject = { id: string; name: string; identifier: string; identifierKind: string };
type DemoRecord = { id: string; subjectId: string; category: string; title: string; status: string };

/** A company of the demo data with a published penalty: the record the applicant objects to. */
function publishedPenalty(): { subject: DemoSubject; record: DemoRecord } {
  const demo = JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'demo-data.json'), 'utf8')) as {
    subjects: DemoSubject[];
    records: DemoRecord[];
  };
  for (const record of demo.records) {
    if (record.category !== 'penalty' || record.status !== 'published') continue;
    const subject = demo.subjects.find((candidate) => candidate.id === record.subjectId);
    if (subject?.identifierKind === 'uscc') return { subject, record };
  }
  throw new Error('the demo data has no published penalty of a company');
}

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await expect(page.getByTestId('sync-page')).toBeVisible();
  await page.getByTestId('sync-now').click({ timeout: 90_000 });
  await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
}

const REVIEWER = { username: 'shenhe', password: 'shenhe-2026' };

/** A step of the platform's reviewer over the platform's HTTP API (HTTP Basic, supervisor). */
async function review(platformUrl: string, id: string, body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${platformUrl}${platformRoutes.objections}/${encodeURIComponent(id)}/steps`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${REVIEWER.username}:${REVIEWER.password}`).toString('base64')}`,
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as unknown;
  expect(response.status, JSON.stringify(answer)).toBe(200);
  return answer;
}

// At the window: an objection to a published penalty, raised from the check result, taken in with the applicant's
// 承诺, its receipt printed; the city platform routes it to the 认定单位 and records the decision (更正) over its
// HTTP API; the next sync brings the result back, with the 告知书 to print for the applicant.
test('an objection raised at the window is decided at the platform and its result told to the applicant', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const { subject, record } = publishedPenalty();
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  const platform = platformProcess(platformDir, await freePort(), { args: ['--demo'] });
  await platform.start();
  await platformCommand(
    platformDir,
    ['--add-user', REVIEWER.username, '--role', 'supervisor', '--display-name', '沈禾'],
    `${REVIEWER.password}\n`,
  );
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    const code = await issueCode(platformDir);
    await page.goto(host.url);
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, '叶县政务服务中心 异议受理窗口');
    await expect(page.getByTestId('signin-enrolled')).toContainText('本机已登记到市平台');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await syncNow(page);
    await setWindowUnit(page, DEMO_UNIT);

    // The check result offers 提出异议 beside the record.
    await page.getByTestId('nav-check').click();
    await startCheck(page, 'YX-2026-0300', '政府采购供应商资格审查');
    await enterApplicant(page, subject.identifier);
    await expect(page.getByTestId('result-card').getByTestId('subject-name')).toHaveText(subject.name);
    const raise = page.locator(`[data-testid="raise-objection"][data-target-id="${record.id}"]`);
    await raise.scrollIntoViewIfNeeded();
    await raise.click();

    // The form: the subject and the record chosen, the subject itself as applicant with its code.
    const form = page.getByTestId('objection-new');
    await expect(form.getByTestId('objection-subject')).toContainText(subject.name);
    const candidate = page.locator(`[data-testid="objection-candidate"][data-target-id="${record.id}"]`);
    await expect(candidate.getByTestId('objection-candidate-check')).toBeChecked();
    await expect(page.getByTestId('objection-applicant-name')).toHaveValue(subject.name);
    await expect(page.getByTestId('objection-applicant-id')).toHaveValue(subject.identifier);
    await expect(page.getByTestId('objection-pledge-check')).not.toBeChecked();
    await page.getByTestId('objection-applicant-phone').fill('0375-8888888');
    await page
      .getByTestId('objection-statement')
      .fill('该处罚决定的文书号登记有误，与处罚决定书原件不一致。');
    await page.getByTestId('objection-files').setInputFiles({
      name: '行政处罚决定书.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 处罚决定书（演示）'),
    });
    await expect(page.getByTestId('objection-attachment')).toHaveCount(1);
    await page.getByTestId('objection-attachment-kind').selectOption('evidence');
    // Without the applicant's 承诺 nothing is taken in.
    await page.getByTestId('objection-submit').click();
    await expect(page.getByTestId('objection-pledge-message')).toHaveText('须由申请人承诺所提交材料真实有效');
    await page.getByTestId('objection-pledge-check').check();
    await screenshot(page, 'objection-new');
    await page.getByTestId('objection-submit').click();

    // Taken in: 已受理, the deadline (待确认), and its receipt printed (recorded first).
    const detail = page.getByTestId('objection-detail');
    await expect(detail.getByTestId('objection-state').first()).toHaveAttribute('data-state', 'submitted');
    await expect(page.getByTestId('objection-pending')).toBeVisible();
    await expect(page.getByTestId('repair-countdown')).toContainText('个工作日');
    const id = (await detail.getAttribute('data-objection-id')) ?? '';
    await page.getByTestId('objection-receipt-open').click();
    const receipt = page.getByTestId('objection-receipt');
    await expect(receipt.getByTestId('receipt-number')).toHaveText(id);
    await expect(receipt.getByTestId('receipt-targets')).toContainText(record.title);
    await expect(receipt.getByTestId('receipt-deadline')).toContainText('前（工作日计算）');
    await screenshot(page, 'objection-receipt');
    await clickPrintingOnce(page, 'objection-receipt-print');
    await page.getByTestId('objection-receipt-close').click();

    // A later check of the subject shows the record under objection.
    await page.getByTestId('nav-check').click();
    await startCheck(page, 'YX-2026-0301', '政府采购供应商资格审查');
    await enterApplicant(page, subject.identifier);
    await expect(page.getByTestId('result-card').getByTestId('subject-name')).toHaveText(subject.name);
    const mark = page
      .getByTestId('result-card')
      .locator(`[data-testid="objection-mark"][data-objection-id="${id}"]`);
    await expect(mark).toHaveText('异议处理中');
    await mark.scrollIntoViewIfNeeded();
    await screenshot(page, 'objection-check-mark');

    // Delivered to the platform; the reviewer routes it to the 认定单位 and records the correction.
    await syncNow(page);
    await review(platform.url, id, { event: 'route' });
    await review(platform.url, id, {
      event: 'decide',
      reason: '经核查，处罚决定书文书号登记有误，予以更正。',
      decisions: [
        {
          targetTable: 'credit_records',
          targetId: record.id,
          outcome: 'correct',
          corrections: [{ field: 'decisionNumber', value: '平市监罚〔2025〕88号' }],
        },
      ],
    });

    // Back at the window: the result, per record, and the 告知书.
    await syncNow(page);
    await page.getByTestId('nav-objections').click();
    await page.getByTestId('objections-scope').selectOption('all');
    const row = page.locator(`[data-testid="objection-row"][data-objection-id="${id}"]`);
    await expect(row.getByTestId('objection-state')).toHaveAttribute('data-state', 'decided');
    await row.getByRole('gridcell').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('objection-decision')).toContainText('更正');
    await expect(page.getByTestId('objection-decision')).toContainText('文书号登记有误');
    await expect(page.getByTestId('objection-target-correction')).toContainText('平市监罚〔2025〕88号');
    await expect(page.getByTestId('objection-pending')).toHaveCount(0);
    await expect(page.getByTestId('objection-timeline-step').last()).toContainText('沈禾');
    await screenshot(page, 'objection-detail');
    await page.getByTestId('objection-notice-open').click();
    const notice = page.getByTestId('objection-notice');
    await expect(notice.getByTestId('notice-targets')).toContainText('平市监罚〔2025〕88号');
    await expect(notice.getByTestId('notice-reason')).toContainText('予以更正');
    await screenshot(page, 'objection-notice');
    await clickPrintingOnce(page, 'objection-notice-print');

    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    for (const name of [
      'objection-new',
      'objection-receipt',
      'objection-check-mark',
      'objection-detail',
      'objection-notice',
    ])
      copyFileSync(join(ARTIFACTS, `${name}.png`), join(ROOT, 'docs', 'screenshots', `${name}.png`));
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});
