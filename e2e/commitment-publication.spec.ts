import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  ARTIFACTS,
  DEMO_PASSWORD,
  demoSubject,
  expect,
  screenshot,
  startHost,
  stopHost,
  test,
} from './fixtures';
import { freePort, platformCommand, platformProcess } from './platform-process';
import { DEMO_UNIT, enrol, issueCode, setWindowUnit, signIn } from './steps';

const ROOT = resolve(__dirname, '..');

// 信用承诺公示: a natural person's commitment made at the window with 可向社会公开 reaches the city platform with
// the next sync and is on the platform's public page, masked; a reviewer withdraws it and it is gone.

/** demo-s-0201: a natural person whose only record (简易程序) does not bar the commitment route. */
const PERSON = demoSubject('demo-s-0201');
const MASKED_ID = `${PERSON.identifier.slice(0, 4)}**********${PERSON.identifier.slice(-4)}`;
const MASKED_NAME = `${Array.from(PERSON.name)[0] ?? ''}*`;

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await expect(page.getByTestId('sync-page')).toBeVisible();
  await page.getByTestId('sync-now').click({ timeout: 90_000 });
  await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
}

/** 新建信用承诺 on the commitments page (Alt+C), the committer found by the ID number, saved; its 承诺编码. */
async function newPublicCommitment(page: Page): Promise<string> {
  await page.getByTestId('nav-commitments').click();
  await expect(page.getByTestId('commitments-page')).toBeVisible();
  await page.keyboard.press('Alt+KeyC');
  const form = page.getByTestId('commitment-form');
  await form.getByTestId('commitment-identifier').fill(PERSON.identifier);
  await form.getByTestId('commitment-identifier').press('Enter');
  await expect(form.getByTestId('commitment-name')).toHaveValue(PERSON.name);
  await form.getByTestId('commitment-type').selectOption('voluntary');
  await form.getByTestId('commitment-reason').fill('自愿向社会作出诚信经营承诺');
  await form
    .getByTestId('commitment-content')
    .fill(`本人${PERSON.name}承诺依法诚信经营，所提供信息真实有效，自愿接受社会监督。`);
  await form.getByTestId('commitment-matter').fill('建筑工程施工许可证核发');
  await page
    .getByRole('option', { name: /建筑工程施工许可证核发/ })
    .first()
    .click();
  await form.getByTestId('commitment-long-term').check();
  await form.getByTestId('commitment-recognising-name').fill('平顶山市发展和改革委员会（示例）');
  await form.getByTestId('commitment-recognising-code').fill('11410400MB0000002Y');
  await form.getByTestId('commitment-publicity').selectOption('public');
  await form.getByTestId('commitment-save').click();
  await expect(page.getByTestId('commitment-detail')).toBeVisible();
  const code = page.getByTestId('commitment-code-value');
  await expect(code).toHaveText(/^\d{20}$/);
  return (await code.textContent()) ?? '';
}

test('a public commitment made at the window is on the platform’s public page, masked, until withdrawn', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  const platform = platformProcess(platformDir, await freePort(), { args: ['--demo'] });
  await platform.start();
  await platformCommand(
    platformDir,
    ['--add-user', 'shenhe', '--role', 'supervisor', '--display-name', '沈禾'],
    'shenhe-2026\n',
  );
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    const enrolment = await issueCode(platformDir);
    await page.goto(host.url);
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, enrolment, '叶县政务服务中心 1 号窗口');
    await expect(page.getByTestId('signin-enrolled')).toContainText('本机已登记到市平台');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await syncNow(page);
    await setWindowUnit(page, DEMO_UNIT);

    const code = await newPublicCommitment(page);
    await syncNow(page);

    // The platform's public page, in the same browser, at 1024 px.
    const site = await page.context().newPage();
    await site.setViewportSize({ width: 1024, height: 900 });
    await site.goto(`${platform.url}/public/commitments?q=${code}`);
    await expect(site.getByRole('heading', { level: 1 })).toHaveText('信用承诺公示');
    const item = site.locator('section.item').filter({ hasText: code });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(MASKED_NAME);
    await expect(item).toContainText(MASKED_ID);
    await expect(item).toContainText('尚未核查');
    await expect(item).toContainText(`本人${MASKED_NAME}承诺依法诚信经营`);
    const html = await site.content();
    expect(html).not.toContain(PERSON.identifier);
    expect(html).not.toContain(PERSON.name);
    await screenshot(site, 'commitment-publication-page');

    // Searching the person by the full ID number finds nothing: the page never confirms who committed.
    await site.getByRole('searchbox', { name: '查询内容' }).fill(PERSON.identifier);
    await site.getByRole('button', { name: '查询' }).click();
    await expect(site.getByText('没有符合条件的公示承诺')).toBeVisible();

    // A reviewer withdraws it (HTTP Basic, supervisor); a clerk could not.
    const withdraw = (user: string, password: string): Promise<Response> =>
      fetch(`${platform.url}/api/v1/commitment-publication/${code}/withdraw`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ reason: '承诺人提出异议，核实期间暂停公示' }),
      });
    expect((await withdraw('wangfang', DEMO_PASSWORD)).status).toBe(403);
    expect((await withdraw('shenhe', 'shenhe-2026')).status).toBe(200);
    await site.goto(`${platform.url}/public/commitments`);
    await expect(site.locator('section.item').filter({ hasText: code })).toHaveCount(0);
    await site.goto(`${platform.url}/public/commitments?q=${code}`);
    await expect(site.getByText('没有符合条件的公示承诺')).toBeVisible();
    expect(await platformCommand(platformDir, ['--withdrawn-commitments'])).toContain(code);
    const exportFile = join(platformDir, 'export.csv');
    await platformCommand(platformDir, ['--export-commitments', exportFile]);
    expect(readFileSync(exportFile, 'utf8')).not.toContain(code);

    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(
      join(ARTIFACTS, 'commitment-publication-page.png'),
      join(ROOT, 'docs', 'screenshots', 'commitment-publication-page.png'),
    );
  } finally {
    await stopHost(host);
    await platform.stop();
    rmSync(platformDir, { recursive: true, force: true });
  }
});
