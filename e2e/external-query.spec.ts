import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, screenshot, startHost, stopHost, test } from './fixtures';
import { freePort, platformProcess } from './platform-process';
import { enrol, enterApplicant, issueCode, signIn, startCheck } from './steps';

// Issue 15, item 2, from the window: an out-of-city bidder for a procurement matter; the clerk asks the city
// platform to query 信用中国 and the answer of the platform's reference simulator comes back attached to the check.
// A site that does not answer in time is said so in Chinese, and the manual form stays.

const PROCUREMENT = '政府采购供应商资格审查';
const LISTED = '91410100MA9XKQ2T3D';
const SLOW = '91420100MA4K3L7HXK';

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-sync').click();
  await page.getByTestId('sync-now').click({ timeout: 90_000 });
  await expect(page.getByTestId('sync-result')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
}

async function check(page: Page, caseNumber: string, raw: string): Promise<void> {
  await page.getByTestId('nav-check').click();
  await page.getByTestId('new-check').click();
  await startCheck(page, caseNumber, PROCUREMENT);
  await enterApplicant(page, raw);
  await expect(page.getByTestId('result-card').getByTestId('verdict')).toHaveText('需人工研判');
}

test('the clerk asks the city platform to query 信用中国 and the answer is attached to the check', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const platformDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-platform-'));
  const simulatorFile = join(platformDir, 'external-queries.json');
  writeFileSync(
    simulatorFile,
    JSON.stringify({
      source: '端到端测试用模拟答复（合成数据）',
      latencyMs: 600,
      answers: {
        [LISTED]: {
          subjectName: '郑州示例建材有限公司',
          entries: [
            {
              type: 'list',
              title: '失信被执行人',
              department: '郑州市中级人民法院',
              date: '2026-03-12',
              category: '失信被执行人名单',
              adverse: true,
            },
          ],
        },
        [SLOW]: { failure: 'timeout' },
      },
    }),
  );
  const platform = platformProcess(platformDir, await freePort(), {
    args: ['--demo', '--external-query-simulator', simulatorFile, '--external-query-timeout-ms', '1500'],
  });
  await platform.start();
  const host = await startHost({ PLATFORM_URL: platform.url, CCW_PROBE_INTERVAL_MS: '300' });
  try {
    const code = await issueCode(platformDir);
    await page.goto(host.url);
    await page.getByTestId('signin-enrol-toggle').click();
    await enrol(page, platform.url, code, '叶县政务服务中心 综合窗口');
    await expect(page.getByTestId('signin-enrolled')).toContainText('本机已登记到市平台');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await syncNow(page);

    // The site does not answer in time: said so in Chinese, the check still waits, the manual form is there.
    await check(page, 'CG-2026-5001', SLOW);
    const panel = page.getByTestId('external-query-panel');
    await panel.getByTestId('external-online-信用河南').click();
    await expect(panel.getByTestId('external-online-error')).toContainText('未在规定时间内答复', {
      timeout: 15_000,
    });
    await expect(panel.getByTestId('external-online-error')).toContainText('手工录入');
    await expect(panel.getByTestId('external-query-state')).toHaveText('待外部查询');
    await expect(panel.getByRole('heading', { name: '手工录入' })).toBeVisible();
    await expect(panel.getByTestId('external-query-form')).toBeVisible();

    // An out-of-city bidder the site lists: asked with the keyboard, the answer attached.
    await check(page, 'CG-2026-5002', LISTED);
    await page.setViewportSize({ width: 1024, height: 860 });
    const button = panel.getByTestId('external-online-信用中国');
    await expect(button).toHaveText('向市平台查询（信用中国）');
    await button.focus();
    await button.press('Enter');
    await expect(panel.getByTestId('external-online-progress')).toContainText('正在经市平台查询“信用中国”');
    await screenshot(page, 'external-query-asking-1024');
    await expect(panel.getByTestId('external-query-state')).toHaveText('已留存查询结果', { timeout: 15_000 });
    const record = panel.getByTestId('external-query-record');
    await expect(record).toHaveAttribute('data-outcome', 'found');
    await expect(record).toContainText('发现失信记录');
    await expect(record.getByTestId('external-query-summary')).toContainText(
      '“信用中国”显示该主体“郑州示例建材有限公司”有失信记录1条',
    );
    await expect(record.getByTestId('external-query-summary')).toContainText(
      '失信被执行人（郑州市中级人民法院，2026年3月12日，失信被执行人名单）',
    );
    await expect(record).toContainText(/信用中国查询结果（市平台查询编号[0-9a-f]{8}）\.json/);
    await record.scrollIntoViewIfNeeded();
    await screenshot(page, 'external-query-answered-1024');

    // It goes up to the platform with the next sync, like a hand-made one.
    await syncNow(page);
    await expect(page.getByTestId('sync-rejected')).toHaveCount(0);
  } finally {
    await stopHost(host);
    await platform.stop();
  }
});
