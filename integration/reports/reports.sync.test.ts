import { describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import type { ReportVerification } from '../../shared/platform-api/report';
import type { IssuedReport } from '../../shared/domain/report';
import type { Result } from '../../shared/result';
import { signInForTests } from '../../electron/core/auth/test-session';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { enrolAndSync, openTempPlatform } from '../testing/platform-fixture';
import { cleanupAfterEach } from '../testing/cleanups';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { samplePdf } from '../../node-shared/testing/sample-files';

const cleanup = cleanupAfterEach();

describe('a report issued offline, registered by sync, verified at the platform', () => {
  it('is unknown before the sync and valid (with its own hash only) after it', async () => {
    const platform = await openTempPlatform(true);
    cleanup(platform.dispose);
    const core = openTempCore({ clock: { now: new Date() } });
    cleanup(core.dispose);
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

  it("registers a natural person's report with its signed authorisation, the file uploaded first", async () => {
    const platform = await openTempPlatform(true);
    cleanup(platform.dispose);
    const core = openTempCore({ clock: { now: new Date() } });
    cleanup(core.dispose);
    await enrolAndSync(core, platform.current(), '新华区政务服务中心1号窗口');
    signInForTests(core, 'supervisor');
    const file = (await dispatch(core.handlers, 'files:add', {
      name: '查询授权书.pdf',
      mime: 'application/pdf',
      base64: samplePdf('本人冯志亚授权查询本人公共信用信息。').toString('base64'),
    })) as Result<{ sha256: string; size: number }>;
    if (!file.ok) throw new Error(file.error.message);
    const issued = (await dispatch(core.handlers, 'reports:issue', {
      subjectId: 'demo-s-0010',
      purpose: '招聘政审',
      caseNumber: 'RS-2026-0001',
      authorisation: {
        method: 'document',
        document: { sha256: file.value.sha256, size: file.value.size, name: '查询授权书.pdf' },
        signedOn: '2026-01-05',
      },
    })) as Result<IssuedReport>;
    if (!issued.ok) throw new Error(issued.error.message);
    expect((await core.sync.run()).ok).toBe(true);
    const registered = platform
      .current()
      .db.prepare('SELECT authorisation FROM reports WHERE number = ?')
      .pluck()
      .get(issued.value.number) as string;
    expect(JSON.parse(registered)).toMatchObject({ method: 'document', documentSha256: file.value.sha256 });
    const held = await fetch(`${platform.current().url}${platformRoutes.files}/${file.value.sha256}`, {
      method: 'HEAD',
      headers: {
        Authorization: `Bearer ${String(core.db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get())}`,
      },
    });
    expect(held.status).toBe(200);
  });
});
