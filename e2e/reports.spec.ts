import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportVerification } from '../shared/platform-api/report';
import { sectionTitles, summaryLabels } from '../shared/report/labels';
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
import { signIn, clickPrintingOnce } from './steps';

/** Pages of a PDF, as pdfinfo reads them. */
const pageCount = (pdfPath: string): number =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);

// 公共信用信息报告: only supervisors issue them; a supervisor issues, previews and saves one as PDF (the
// browser's own printing), syncs, and verifies it at the platform by its number and content hash.

test('a window clerk cannot open credit reports', async ({ page, host }) => {
  await page.goto(host.url);
  await signIn(page, 'wangfang', DEMO_PASSWORD);
  await expect(page.getByTestId('nav-check')).toBeVisible();
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);
  // Typed into the address bar: the page asks the core, which refuses the clerk's role.
  await page.evaluate(() => {
    window.location.hash = '#/reports';
  });
  await expect(page.getByTestId('reports-error')).toContainText('无权查看信用报告');
  await expect(page.getByTestId('reports-error')).toContainText('窗口工作人员');
});

test('a supervisor issues a report, saves it as PDF and verifies it at the platform', async ({ page }) => {
  test.setTimeout(180_000);
  // As `npm start` on a checkout without the Electron runtime: the demo platform runs as its own process with the
  // demo data, the browser host enrols there with the one-time code the script issued, so the report carries the
  // platform's verification URL.
  const host = await startHost({ CCW_PROBE_INTERVAL_MS: '500' }, 'start');
  try {
    expect(host.output()).toContain('未找到 Electron 运行时，改用浏览器模式启动同一应用');
    await page.goto(host.url);
    // The demo platform says it runs the demo data set: the banner and the demo accounts' hint from the start.
    await expect(page.getByTestId('demo-banner')).toContainText('当前为演示数据');
    await expect(page.getByTestId('signin-demo-accounts')).toContainText('zhaomin（督导人员）');
    await signIn(page, 'zhaomin', DEMO_PASSWORD);
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toBeVisible();

    const company = demoSubject('demo-s-0007');
    await page.getByTestId('report-subject-input').fill('梧沐');
    await page.getByTestId('report-subject-input').press('Enter');
    await page.getByTestId('report-subject-option').filter({ hasText: company.name }).click();
    await expect(page.getByTestId('report-subject-chosen')).toContainText(company.name);
    await page.getByTestId('report-purpose').fill('政府采购供应商资格审查');
    await page.getByTestId('report-case-number').fill('CG-2026-0301');
    await page.getByTestId('report-issue-submit').click();

    const preview = page.getByTestId('report-page');
    await expect(preview).toBeVisible();
    const number = (await preview.getAttribute('data-number')) ?? '';
    expect(number).toMatch(/^XYBG410400\d{15}$/);
    await expect(page.getByTestId('report-number')).toContainText(number);
    await expect(page.getByTestId('report-subject-name')).toHaveText(company.name);
    await expect(page.getByTestId('report-section')).toHaveCount(10);
    await expect(page.getByTestId('report-watermark').first()).toContainText(number);
    const hashText = (await page.getByTestId('report-hash').textContent()) ?? '';
    const hash = /[0-9a-f]{64}/.exec(hashText)?.[0] ?? '';
    expect(hash).toHaveLength(64);
    const verifyUrl = (await page.getByTestId('report-qr').getAttribute('data-value')) ?? '';
    expect(verifyUrl).toMatch(new RegExp(`/verify/${number}\\?h=${hash}$`));
    await screenshot(page, 'report-preview');

    // 保存为PDF in the browser: recorded, then the browser's own print dialog. The PDF is what the browser's
    // printing makes of the page: print media, the page's @page A4.
    // A headless browser's print dialog cannot be driven (it holds the page "being printed"), so the test
    // counts the call instead of opening it.
    await clickPrintingOnce(page, 'report-pdf');
    await expect(page.getByTestId('report-error')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const pdfPath = join(ARTIFACTS, 'report.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).toContain(number);
    expect(squeezed).toContain('公共信用信息报告');
    expect(squeezed).toContain(company.name);
    for (const title of Object.values(sectionTitles)) expect(squeezed).toContain(title);
    for (const label of Object.values(summaryLabels)) expect(squeezed).toContain(label);
    expect(squeezed).toContain('报告说明');
    // Only the report is printed: none of the app around it.
    expect(squeezed).not.toContain('保存为PDF');
    // Every page numbered, 第 N 页 共 M 页, and no short cell broken one character per line.
    const pages = pageCount(pdfPath);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) expect(squeezed).toContain(`第${page}页共${pages}页`);
    // In the order it was drawn, each short cell is one run: 公示中 and every date whole.
    const drawn = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
    expect(drawn).toContain('公示中');
    for (const day of ['2025-03-30', '2028-03-30', '2023-08-25', '2020-11-10']) expect(drawn).toContain(day);
    for (const old of readdirSync(ARTIFACTS).filter((name) => name.startsWith('report-page-')))
      rmSync(join(ARTIFACTS, old));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(ARTIFACTS, 'report-page')]);
    expect(readdirSync(ARTIFACTS).filter((name) => name.startsWith('report-page-')).length).toBeGreaterThan(
      1,
    );

    // Listed, and not yet registered at the platform until the next sync.
    await page.getByTestId('report-back').click();
    const row = page.getByTestId('reports-row').filter({ hasText: number });
    await expect(row).toBeVisible();
    const before = await page.request.get(
      verifyUrl.replace('/verify/', '/api/v1/reports/').replace('?h=', '/verification?hash='),
    );
    expect(((await before.json()) as ReportVerification).status).toBe('unknown');

    await page.getByTestId('nav-sync').click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-pending')).toHaveAttribute('data-count', '0', { timeout: 30_000 });

    const api = verifyUrl.replace('/verify/', '/api/v1/reports/').replace('?h=', '/verification?hash=');
    const valid = (await (await page.request.get(api)).json()) as ReportVerification;
    expect(valid).toMatchObject({ status: 'valid', number, report: { subjectName: company.name } });
    const tampered = (await (
      await page.request.get(api.replace(/hash=[0-9a-f]{64}/, `hash=${'0'.repeat(64)}`))
    ).json()) as ReportVerification;
    expect(tampered.status).toBe('hash-mismatch');

    // The page the QR code opens, as anyone with a phone would see it.
    await page.goto(verifyUrl);
    await expect(page.locator('.verdict')).toHaveText('核验通过');
    await expect(page.locator('body')).toContainText(number);
    await expect(page.locator('body')).toContainText(company.name);
    await screenshot(page, 'report-verify');
  } finally {
    await stopHost(host);
  }
});

test("a natural person's report asks for the 授权, and the printed report carries its title and the note", async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await signIn(page, 'zhaomin', DEMO_PASSWORD);
  await page.getByTestId('nav-reports').click();
  const person = demoSubject('demo-s-0010');
  await page.getByTestId('report-subject-input').fill(person.name);
  await page.getByTestId('report-subject-input').press('Enter');
  await page
    .getByTestId('report-subject-option')
    .filter({ hasText: person.name.slice(0, 1) })
    .first()
    .click();
  await page.getByTestId('report-purpose').fill('招聘政审');
  await page.getByTestId('report-case-number').fill('RS-2026-0042');

  // Asked for the 授权: nothing can be issued until the person is confirmed present or a signed one is attached.
  const authorisation = page.getByTestId('report-authorisation');
  await expect(authorisation).toBeVisible();
  await expect(authorisation).toContainText('出具个人公共信用信息报告须经本人授权');
  await expect(page.getByTestId('report-issue-submit')).toBeDisabled();
  await page.getByTestId('report-authorisation-person').fill(person.name);
  await expect(page.getByTestId('report-issue-submit')).toBeDisabled();
  await page.getByTestId('report-authorisation-id-checked').check();
  await screenshot(page, 'report-authorisation-form');
  await page.getByTestId('report-issue-submit').click();

  const preview = page.getByTestId('report-page');
  await expect(preview).toBeVisible();
  const number = (await preview.getAttribute('data-number')) ?? '';
  const document = page.getByTestId('report-document');
  await expect(document.locator('h1')).toHaveText('个人公共信用信息报告');
  await expect(page.getByTestId('report-basis')).toContainText('《公共信用信息报告标准（2022年版）》');
  await expect(page.getByTestId('report-authorisation-note')).toContainText('本人持居民身份证到场');
  await expect(page.getByTestId('report-authorisation-line')).toContainText(person.name);

  await page.emulateMedia({ media: 'print' });
  const pdfPath = join(ARTIFACTS, 'report-person.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const squeezed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
  expect(squeezed).toContain(number);
  expect(squeezed).toContain('个人公共信用信息报告');
  // The diagonal watermark's characters fall between the lines' text: short pieces are compared.
  expect(squeezed).toContain('本报告依据《公共信用信息报告标准（2022年版）');
  expect(squeezed).toContain('国家公共信用信息中心2022年9月7日印发');
  expect(squeezed).toContain('查询授权');
  expect(squeezed).toContain('信息主体本人持居民身份证到场申请查询，受理人赵敏已核验身份证件');
  expect(squeezed).toContain('公民身份号码');
  expect(squeezed).toContain('主体类别');
  expect(squeezed).not.toContain('身份证号码');
  expect(squeezed).not.toContain(person.identifier);
  expect(squeezed).toContain(`第1页共${pageCount(pdfPath)}页`);
  // Only the report is printed, not the authorisation line above it.
  expect(squeezed).not.toContain('到场人');
  for (const old of readdirSync(ARTIFACTS).filter((name) => name.startsWith('report-person-page-')))
    rmSync(join(ARTIFACTS, old));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    join(ARTIFACTS, 'report-person-page'),
  ]);

  await page.getByTestId('report-back').click();
  const row = page.getByTestId('reports-row').filter({ hasText: number });
  await expect(row.getByTestId('reports-row-authorisation')).toHaveText('本人到场授权');
});
