import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { platformCommand } from './platform-process';

// The clerk's steps more than one spec takes, driven through the UI as a clerk would.

/**
 * Signs in on the sign-in screen (shown whenever nobody is signed in) and waits for the 核查 page. Demo accounts
 * (resources/demo/README.md, password demo1234): wangfang 窗口工作人员, zhaomin 督导人员, admin 管理员.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('session-user')).toBeVisible();
}

/** 办件编号 and 事项 of a new check (the matter chosen from the searchable list). */
export async function startCheck(page: Page, caseNumber: string, matter: string): Promise<void> {
  await page.getByTestId('case-number').fill(caseNumber);
  await page.getByTestId('matter-select').fill(matter);
  await page
    .getByRole('option', { name: new RegExp(matter) })
    .first()
    .click();
}

/** The applicant's name or identifier, Enter to check. */
export async function enterApplicant(page: Page, raw: string): Promise<void> {
  await page.getByTestId('applicant-input').fill(raw);
  await page.getByTestId('applicant-input').press('Enter');
}

/** The window's own unit on the 设置 page: the 受理单位 (name and code) of every 承诺书 made here. */
export async function setWindowUnit(page: Page, unit: { name: string; code: string }): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-department').fill(unit.name);
  await page.getByTestId('settings-department-code').fill(unit.code);
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
}

/**
 * An operator's one-time enrolment code from the platform CLI (the line without Chinese: the expiry it also
 * prints is for people), for the demo accounts' office (the PC may then write commitments and repairs of that
 * 受理单位: DEMO_UNIT).
 */
export async function issueCode(platformDir: string): Promise<string> {
  const printed = await platformCommand(platformDir, ['--issue-code', '--demo-unit']);
  return (
    printed
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /^[0-9A-Z]+(-[0-9A-Z]+)+$/.test(line)) ?? ''
  );
}

/** The demo accounts' office (resources/demo/demo-users.json): the 受理单位 of a PC enrolled with issueCode. */
export const DEMO_UNIT = { name: '平顶山市政务服务中心', code: '11410400MB1A23456X' };

/** A PC set up for its office (设置 › 受理单位), back at 信用核查: feedback's 实施部门 is then that office. */
export async function atOfficeWindow(page: Page): Promise<void> {
  await setWindowUnit(page, DEMO_UNIT);
  await page.getByTestId('nav-check').click();
  await expect(page.getByTestId('check-page')).toBeVisible();
}

/**
 * Fills and sends the enrolment form (already open). The platform is not typed: the form shows the one the
 * deployment configuration names, read-only, and that is checked here.
 */
export async function enrol(page: Page, platformUrl: string, code: string, device: string): Promise<void> {
  await expect(page.getByTestId('enrol-url')).toHaveValue(platformUrl);
  await expect(page.getByTestId('enrol-url')).toHaveAttribute('readonly');
  await page.getByTestId('enrol-code').fill(code);
  await page.getByTestId('enrol-device').fill(device);
  await page.getByTestId('enrol-submit').click();
}

/** Now in Beijing as the date fields show it: 'YYYY-MM-DD HH:mm' (the day alone is its first 10 characters). */
export const beijingNow = (): string =>
  new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Types a date ('2026-11-27') or date-time ('2026-11-27 09:30') into a date field by keyboard, as a clerk does:
 * the field's test id is on its hidden input, which hands the focus to the 年 section; Ctrl+A and Backspace empty
 * every section, then the digits fill 年, 月, 日 (时, 分) in turn.
 */
export async function typeDate(field: Locator, value: string): Promise<void> {
  await field.focus();
  const keyboard = field.page().keyboard;
  await keyboard.press('ControlOrMeta+a');
  await keyboard.press('Backspace');
  await keyboard.type(value.replace(/\D/g, ''));
}

/**
 * Clicks a button that opens the browser's own print dialog, which a headless browser cannot drive (it holds the
 * page "being printed"): window.print is counted instead, and exactly one call is expected.
 */
export async function clickPrintingOnce(page: Page, testId: string): Promise<void> {
  await page.evaluate(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
  await page.getByTestId(testId).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
}
