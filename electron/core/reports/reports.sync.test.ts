import { afterEach, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../../shared/platform-api/api';
import type { ReportVerification } from '../../../shared/platform-api/report';
import type { IssuedReport } from '../../../shared/domain/report';
import type { Result } from '../../../shared/result';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { enrolAndSync, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../testing/temp-core';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe('a report issued offline, registered by sync, verified at the platform', () => {
  it('is unknown before the sync and valid (with its own hash only) after it', async () => {
    const platform = await openTempPlatform(true);
    cleanups.push(platform.dispose);
    const core = openTempCore({ clock: { now: new Date() } });
    cleanups.push(core.dispose);
    await enrolAndSync(core, platform.current(), '新华区政务服务中心1号窗口');
    signInForTests(core, 'supervisor');

    const issued = (await dispatch(core.handlers, 'reports:issue', {
      subjectId: 'demo-s-0007',
      purpose: '政府采购供应商资格审查',
      caseNumber: 'CG-2026-0200',
    })) as Result<IssuedReport>;
    if (!issued.ok) throw new Error(issued.error.message);
    const { number, contentHash, verifyUrl } = issued.value;
    const base = platform.current().url;
    expect(verifyUrl).toBe(`${base}/verify/${number}?h=${contentHash}`);

    const verify = async (hash: string) =>
      (await (
        await fetch(`${base}${platformRoutes.reports}/${number}/verification?hash=${hash}`)
      ).json()) as ReportVerification;
    expect((await verify(contentHash)).status).toBe('unknown');

    const synced = await core.sync.run();
    expect(synced.ok).toBe(true);
    expect(await verify(contentHash)).toMatchObject({
      status: 'valid',
      report: { subjectName: '平顶山市梧沐商贸有限公司', issuingUnit: issued.value.report.cover.issuingUnit },
    });
    expect((await verify('0'.repeat(64))).status).toBe('hash-mismatch');
    const page = await (await fetch(verifyUrl ?? '')).text();
    expect(page).toContain('核验通过');

    const after = (await dispatch(core.handlers, 'reports:get', { number })) as Result<IssuedReport>;
    expect(after.ok && after.value.registered).toBe(true);
  });
});
