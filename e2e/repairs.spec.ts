import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { RecordCategory } from '../shared/domain/subject';
import { repairEligibility } from '../shared/repair/eligibility';
import { repairableAtWindow } from '../shared/repair/published';
import { RepairRegimes } from '../shared/repair/regime-schema';
import { beijingDay } from '../shared/time';
import { ARTIFACTS, DEMO_PASSWORD, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { freePort, platformCommand, platformProcess } from './platform-process';
import { DEMO_UNIT, enrol, enterApplicant, issueCode, setWindowUnit, signIn, startCheck } from './steps';

const ROOT = resolve(__dirname, '..');

type DemoRecord = {
  id: string;
  subjectId: string;
  category: RecordCategory;
  title: string;
  sourceDepartment: string;
  status: 'published' | 'unpublished' | 'repaired';
  decisionOn: string;
  publicationEndsOn: string | null;
  severity?: 'minor' | 'general' | 'serious' | 'specific-serious' | null;
  domain?: string | null;
};
type DemoSubject = { id: string; name: string; identifier: string; identifierKind: string };
type DemoEntry = { id: string; subjectId: string; listType: string; status: 'active' | 'removed' };

const readDemo = () =>
  JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'demo-data.json'), 'utf8')) as {
    subjects: DemoSubject[];
    listEntries: DemoEntry[];
    records: DemoRecord[];
  };

/**
 * A company with a published penalty the bundled repair rules let it apply for today, by its recorded 失信程度
 * (a record without one is for a person to judge, as the core does).
 */
function eligiblePenalty(): { subject: DemoSubject; record: DemoRecord } {
  const demo = readDemo();
  const regimes = RepairRegimes.parse(
    JSON.parse(readFileSync(join(ROOT, 'resources', 'rules', 'repair-regimes.json'), 'utf8')),
  );
  const today = beijingDay(new Date());
  for (const record of demo.records) {
    // Published today (its period not ended), as the candidates and 申请信用修复 judge it.
    if (record.category !== 'penalty' || !repairableAtWindow(record, today)) continue;
    const subject = demo.subjects.find((candidate) => candidate.id === record.subjectId);
    if (subject?.identifierKind !== 'uscc') continue;
    if (record.severity === null || record.severity === undefined) continue;
    const eligibility = repairEligibility(
      regimes,
      {
        decisionOn: record.decisionOn,
        severity: record.severity,
        ...(record.domain === null || record.domain === undefined ? {} : { domain: record.domain }),
      },
      today,
    );
    if (eligibility.eligible) return { subject, record };
  }
  throw new Error('the demo data has no published penalty eligible for repair today');
}

/** The window's own unit on the 设置 page: the 受理单位 (name and code) of every 承诺书 made here. */
// The office the PC is enrolled for: the platform takes only commitments and repairs of that 受理单位.
const WINDOW_UNIT = DEMO_UNIT;

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await expect(page.getByTestId('sync-page')).toBeVisible();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 60_000 });
}

// The window takes in a credit-repair application with its materials and 承诺书, accepts it at once, the city
// platform's reviewer decides, and the decision comes back to the window with the record's new status.
test('a clerk accepts a repair application with two attached files and follows it to its decision', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { subject, record } = eligiblePenalty();
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  // Demo mode: the demo data and its demo accounts (the administrator signs in with one).
  const platform = platformProcess(platformDir, await freePort(), { args: ['--demo'] });
  await platform.start();
  await platformCommand(
    platformDir,
    ['--add-user', 'shenhe', '--role', 'supervisor', '--display-name', '沈禾'],
    'shenhe-2026\n',
  );
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    // Enrolled at the city platform, first sync done.
    const code = await issueCode(platformDir);
    await page.goto(host.url);
    // A fresh PC is enrolled from the sign-in screen; then the administrator (demo account of the platform's
    // demo data) signs in online. Signing in first is refused for what is missing: the enrolment.
    await page.getByTestId('signin-username').fill('admin');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-password').press('Enter');
    await expect(page.getByTestId('signin-error')).toContainText('本机尚未登记到市平台');
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, '叶县政务服务中心 信用修复窗口');
    await expect(page.getByTestId('signin-enrol')).toBeHidden();
    await expect(page.getByTestId('signin-enrolled')).toContainText('本机已登记到市平台');
    await expect(page.getByTestId('signin-error')).toHaveCount(0);
    await signIn(page, 'admin', DEMO_PASSWORD);
    // The first sync started at enrolment, before this page was open: 立即同步 (enabled once it is done).
    await page.getByTestId('nav-sync').click();
    await page.getByTestId('sync-now').click({ timeout: 90_000 });
    await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
    await setWindowUnit(page, WINDOW_UNIT);
    await screenshot(page, 'settings');

    // (a) The applicant, found by name.
    await page.getByTestId('nav-repairs').click();
    await expect(page.getByTestId('repairs-page')).toBeVisible();
    await page.getByTestId('repair-new-button').click();
    await page.getByTestId('repair-subject-input').fill(subject.name);
    await page.getByTestId('repair-subject-input').press('Enter');
    await page.getByTestId('repair-subject-option').filter({ hasText: subject.name }).click();

    // (b) Its records, each with whether and from when it can be repaired; the eligible penalty is chosen.
    const candidate = page.locator(`[data-testid="repair-candidate"][data-target-id="${record.id}"]`);
    await expect(candidate).toHaveAttribute('data-eligible', 'true');
    await expect(candidate.getByTestId('repair-candidate-message')).toContainText('可申请信用修复');
    await candidate.getByTestId('repair-candidate-radio').check();
    await screenshot(page, 'repair-new');
    await page.getByTestId('repair-next').click();

    // (c) Handler, reasons, and two files of materials.
    await page.getByTestId('repair-handler-name').fill('李明');
    await page.getByTestId('repair-handler-phone').fill('0375-8888888');
    await page.getByTestId('repair-reasons').fill('罚款已全部缴清，违法行为已整改到位，申请终止公示。');
    // A program is not material: refused with a notice, nothing added.
    await page
      .getByTestId('repair-files')
      .setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect(page.getByTestId('repair-file-notice')).toContainText('setup.exe：附件格式不受支持');
    await expect(page.getByTestId('repair-attachment')).toHaveCount(0);
    // Nor is one renamed .pdf, nor an empty file: the core judges the bytes, and its words reach the clerk.
    await page.getByTestId('repair-files').setInputFiles([
      {
        name: '申请表.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
      },
      { name: '空白.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    const notices = page.getByTestId('repair-file-notice');
    await expect(notices.filter({ hasText: '申请表.pdf：附件内容与文件类型不符' })).toHaveCount(1);
    await expect(notices.filter({ hasText: '空白.pdf：附件是空文件' })).toHaveCount(1);
    await expect(page.getByTestId('repair-attachment')).toHaveCount(0);
    await page.getByTestId('repair-files').setInputFiles([
      {
        name: '信用修复申请表.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 申请表（演示）'),
      },
      {
        name: '罚款缴纳凭证.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.concat([
          Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
          Buffer.from('缴款凭证（演示）'.repeat(200)),
        ]),
      },
    ]);
    await expect(page.getByTestId('repair-attachment')).toHaveCount(2);
    // Nothing is guessed from the order the files were chosen in: each is 其他材料 until the clerk says.
    await expect(page.getByTestId('repair-attachment-kind').nth(0)).toHaveValue('other');
    await expect(page.getByTestId('repair-attachment-kind').nth(1)).toHaveValue('other');
    await page.getByTestId('repair-attachment-kind').nth(0).selectOption('application-form');
    await page.getByTestId('repair-attachment-kind').nth(1).selectOption('evidence');
    // A penalty record: the outcomes of a credit record, no 移出名单.
    await expect(page.getByTestId('repair-outcome')).toHaveValue('stop-publication');
    await expect(page.getByTestId('repair-outcome').locator('option[value="remove-from-list"]')).toHaveCount(
      0,
    );
    await screenshot(page, 'repair-new-materials');
    await page.getByTestId('repair-next').click();

    // (d) The 信用修复承诺书: the standard text is there; the 认定单位 is the chosen record's source department,
    // the 受理单位 and its code are the window's (设置); the matter is the application itself. Only the 认定单位's
    // code, which the record does not carry, is typed in.
    await expect(page.getByTestId('commitment-content')).toHaveValue(/纠正失信行为/);
    await expect(page.getByTestId('commitment-recognisingName')).toHaveValue(record.sourceDepartment);
    await expect(page.getByTestId('commitment-acceptingName')).toHaveValue(WINDOW_UNIT.name);
    await expect(page.getByTestId('commitment-acceptingCode')).toHaveValue(WINDOW_UNIT.code);
    await expect(page.getByTestId('commitment-matter')).toHaveText('所属事项：信用修复申请');
    await page.getByTestId('commitment-recognisingCode').fill('11410400MB1234567X');
    await screenshot(page, 'repair-new-commitment');

    // (e) 提交并受理.
    await page.getByTestId('repair-submit-accept').click();
    const detail = page.getByTestId('repair-detail');
    await expect(detail).toBeVisible();
    await expect(detail.getByTestId('repair-state').first()).toHaveAttribute('data-state', 'accepted');
    await expect(page.getByTestId('repair-attachment-download')).toHaveCount(2);
    await expect(page.getByTestId('repair-pending')).toBeVisible();
    await expect(page.getByTestId('repair-countdown')).toContainText('个工作日');
    await screenshot(page, 'repair-detail-accepted');
    const download = page.waitForEvent('download');
    await page.getByTestId('repair-attachment-download').first().click();
    expect((await download).suggestedFilename()).toBe('信用修复申请表.pdf');
    const repairId = (await detail.getAttribute('data-repair-id')) ?? '';

    // Delivered to the platform with its files.
    await syncNow(page);

    // The platform's reviewer reviews and grants 终止公示 (the code stays 'stop-publication').
    await platformCommand(platformDir, [
      '--repair-step',
      repairId,
      '--event',
      'start-review',
      '--reviewer',
      'shenhe',
    ]);
    await platformCommand(platformDir, [
      '--repair-step',
      repairId,
      '--event',
      'grant',
      '--outcome',
      'stop-publication',
      '--reviewer',
      'shenhe',
    ]);

    // The decision comes back with the next sync; the list and the detail show it.
    await syncNow(page);
    await page.getByTestId('nav-repairs').click();
    await page.getByTestId('repairs-scope').selectOption('all');
    const row = page.locator(`[data-testid="repair-row"][data-repair-id="${repairId}"]`);
    await expect(row.getByTestId('repair-state')).toHaveAttribute('data-state', 'granted');
    await screenshot(page, 'repairs-list');
    // A row opens from the keyboard: its first cell focused, Enter.
    await row.getByRole('gridcell').first().focus();
    await page.keyboard.press('Enter');
    // 令第36号 第三条: a granted repair ends publication — 终止公示, not the automatic 停止公示.
    await expect(page.getByTestId('repair-decision')).toContainText('准予修复 · 终止公示');
    await expect(page.getByTestId('repair-decision-meaning')).toContainText(
      '各领域信用信息系统不再公开该已修复的失信信息',
    );
    await expect(page.getByTestId('repair-target-status')).toHaveText('已终止公示');
    await expect(page.getByTestId('repair-eligibility')).toContainText('适用制度：《');
    await expect(page.getByTestId('repair-timeline-step')).toHaveCount(4);
    // The platform's reviewer by name, with the account, like the window's own steps.
    await expect(page.getByTestId('repair-timeline-step').last()).toContainText('办理人：沈禾（shenhe）');
    await expect(page.getByTestId('repair-pending')).toHaveCount(0);
    await screenshot(page, 'repair-detail');
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    for (const name of ['repair-new', 'repair-detail'])
      copyFileSync(join(ARTIFACTS, `${name}.png`), join(ROOT, 'docs', 'screenshots', `${name}.png`));
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});

// From a check result: 申请信用修复 on a published penalty opens the new application with the record chosen; the
// clerk registers it only (仅提交) and then refuses it at the window with a reason.
test('a check result leads to an application that the window refuses with a reason', async ({ page }) => {
  const { subject, record } = eligiblePenalty();
  const host = await startHost();
  try {
    await page.goto(host.url);
    await signIn(page, 'wangfang', DEMO_PASSWORD);
    await startCheck(page, 'YX-2026-0200', '政府采购供应商资格审查');
    await enterApplicant(page, subject.identifier);
    await expect(page.getByTestId('result-card').getByTestId('subject-name')).toHaveText(subject.name);
    await page
      .locator(`[data-testid="apply-repair"][data-record-id="${record.id}"]`)
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'check-repair-entry');
    await page.locator(`[data-testid="apply-repair"][data-record-id="${record.id}"]`).click();

    await expect(page.getByTestId('repair-new')).toHaveAttribute('data-step', '1');
    const candidate = page.locator(`[data-testid="repair-candidate"][data-target-id="${record.id}"]`);
    await expect(candidate.getByTestId('repair-candidate-radio')).toBeChecked();
    await page.getByTestId('repair-next').click();
    await expect(page.getByTestId('repair-handler-name')).toBeFocused();
    // Nothing filled in: the messages stay on this step.
    await page.getByTestId('repair-next').click();
    await expect(page.getByTestId('repair-new')).toHaveAttribute('data-step', '2');
    await expect(page.getByTestId('repair-application-step')).toContainText('请填写经办人姓名');
    await page.getByTestId('repair-handler-name').fill('王芳');
    await page.getByTestId('repair-reasons').fill('已缴清罚款，申请终止公示。');
    await page
      .getByTestId('repair-files')
      .setInputFiles({ name: '申请表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect(page.getByTestId('repair-attachment')).toHaveCount(1);

    // Interrupted, the clerk asks for an application from the check result again: the half-filled one is not
    // thrown away unasked. 继续填写 has the focus and keeps every field and file.
    await page.getByTestId('nav-check').click();
    await page.locator(`[data-testid="apply-repair"][data-record-id="${record.id}"]`).click();
    const ask = page.getByTestId('repair-discard');
    await expect(ask).toContainText('当前有未提交的修复申请，是否放弃并新建？');
    await expect(ask.getByTestId('repair-discard-keep')).toBeFocused();
    await screenshot(page, 'repair-discard-draft');
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    await expect(page.getByTestId('repair-new')).toHaveAttribute('data-step', '2');
    await expect(page.getByTestId('repair-handler-name')).toHaveValue('王芳');
    await expect(page.getByTestId('repair-attachment')).toHaveCount(1);
    await page.getByTestId('repair-next').click();

    // The recognising unit comes from the record's source department; the committer is the subject itself;
    // the case is the check's.
    await expect(page.getByTestId('commitment-recognisingName')).toHaveValue(record.sourceDepartment);
    await expect(page.getByTestId('commitment-caseNumber')).toHaveValue('YX-2026-0200');
    await expect(page.getByTestId('commitment-committerIdentifier')).toHaveValue(subject.identifier);
    await page.getByTestId('commitment-recognisingCode').fill('11410400MB1234567X');
    await page.getByTestId('commitment-acceptingName').fill(WINDOW_UNIT.name);
    await page.getByTestId('commitment-acceptingCode').fill(WINDOW_UNIT.code);
    await page.getByTestId('repair-submit-only').click();

    await expect(page.getByTestId('repair-detail').getByTestId('repair-state').first()).toHaveAttribute(
      'data-state',
      'submitted',
    );
    await page.getByTestId('repair-refuse').click();
    await page.getByTestId('repair-refuse-confirm').click();
    await expect(page.getByTestId('repair-refuse-dialog')).toContainText('请填写不予受理的理由');
    await page.getByTestId('repair-refuse-reason').fill('缺少罚款缴纳凭证，请补齐后重新申请');
    await page.getByTestId('repair-refuse-confirm').click();
    await expect(page.getByTestId('repair-decision')).toHaveAttribute('data-state', 'refused');
    await expect(page.getByTestId('repair-decision')).toContainText('缺少罚款缴纳凭证');
    await expect(page.getByTestId('repair-window-actions')).toHaveCount(0);
    await screenshot(page, 'repair-refused');

    // Its 信用修复承诺书: the matter is the repair application, on screen and on paper.
    await page.getByTestId('repair-commitment-link').click();
    await expect(page.getByTestId('commitment-matter-label')).toHaveText('信用修复申请');
    await page.getByTestId('commitment-print-open').click();
    const sheet = page.getByTestId('commitment-print');
    await expect(sheet.getByTestId('print-matter')).toHaveText('信用修复申请');
    await expect(sheet).toContainText(WINDOW_UNIT.code);
  } finally {
    await stopHost(host);
  }
});

// 失信被执行人 is removed by the people's court: the wizard lists the entry but does not offer it, and says where
// to apply instead; the company's other records stay selectable as before.
test('a 失信被执行人 entry is not offered as a window repair and the wizard says where to apply', async ({
  page,
}) => {
  const demo = readDemo();
  const entry = demo.listEntries.find(
    (candidate) =>
      candidate.listType === 'DISHONEST_JUDGMENT_DEBTOR' &&
      candidate.status === 'active' &&
      demo.subjects.find((subject) => subject.id === candidate.subjectId)?.identifierKind === 'uscc',
  );
  const subject = demo.subjects.find((candidate) => candidate.id === entry?.subjectId);
  if (entry === undefined || subject === undefined) throw new Error('the demo data has no listed company');
  const host = await startHost();
  try {
    await page.goto(host.url);
    await signIn(page, 'wangfang', DEMO_PASSWORD);
    await page.getByTestId('nav-repairs').click();
    await page.getByTestId('repair-new-button').click();
    await page.getByTestId('repair-subject-input').fill(subject.name);
    await page.getByTestId('repair-subject-input').press('Enter');
    await page.getByTestId('repair-subject-option').filter({ hasText: subject.name }).click();

    const candidate = page.locator(`[data-testid="repair-candidate"][data-target-id="${entry.id}"]`);
    await expect(candidate).toHaveAttribute('data-eligible', 'false');
    await expect(candidate.getByTestId('repair-candidate-eligibility')).toHaveText('不在窗口办理');
    await expect(candidate.getByTestId('repair-candidate-radio')).toBeDisabled();
    const elsewhere = candidate.getByTestId('repair-candidate-elsewhere');
    await expect(elsewhere).toContainText('请告知申请人向以下机关申请');
    await expect(elsewhere).toContainText('由人民法院依法决定，不在窗口办理信用修复');
    await expect(elsewhere).toContainText('请向作出纳入决定的人民法院（执行法院）申请');
    // Its basis is shown, and marked as not yet checked against the official text.
    await expect(candidate.getByTestId('repair-candidate-unconfirmed').first()).toContainText('待核实');
    // Clicking it selects nothing; 下一步 asks for a record.
    await candidate.click();
    await expect(candidate.getByTestId('repair-candidate-radio')).not.toBeChecked();
    await candidate.scrollIntoViewIfNeeded();
    await screenshot(page, 'repair-court-list');
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(
      join(ARTIFACTS, 'repair-court-list.png'),
      join(ROOT, 'docs', 'screenshots', 'repair-court-list.png'),
    );
    await page.getByTestId('repair-next').click();
    await expect(page.getByTestId('repair-candidates-required')).toBeVisible();
  } finally {
    await stopHost(host);
  }
});
