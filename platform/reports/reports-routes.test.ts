import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { platformRoutes, type PushResponse } from '../../shared/platform-api/api';
import type { ReportIssuedPayload, ReportVerification } from '../../shared/platform-api/report';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
let headers: Record<string, string>;
let deviceNumber: number;

beforeEach(async () => {
  platform = await startTempPlatform();
  ({ headers, deviceNumber } = await platform.enrol());
});
afterEach(async () => {
  await platform.dispose();
});

const HASH = 'a'.repeat(64);
const numberOf = (device: number, counter = 1): string =>
  `XYBG41040020261127${String(device).padStart(3, '0')}${String(counter).padStart(4, '0')}`;

const payload = (number: string, contentHash = HASH): ReportIssuedPayload => ({
  number,
  contentHash,
  subjectId: 'demo-s-0010',
  subjectKind: 'natural-person',
  subjectName: '冯**',
  identifier: '410425********8054',
  issuingUnit: '平顶山市行政审批和政务信息管理局（示例）',
  issuingUnitCode: '',
  dataAsOf: '2026-11-27T09:00:00.000+08:00',
  issuedAt: '2026-11-27T10:00:00.000+08:00',
  issuedBy: '赵敏',
  authorisation: {
    method: 'in-person',
    documentSha256: null,
    signedOn: null,
    recordedBy: '赵敏',
    recordedAt: '2026-11-27T10:00:00.000+08:00',
  },
});

async function push(mutationId: number, body: ReportIssuedPayload, as = headers): Promise<PushResponse> {
  const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { ...as, 'content-type': 'application/json' },
    body: JSON.stringify({
      entries: [{ mutationId, kind: 'report.issued', createdAt: body.issuedAt, payload: body }],
    }),
  });
  return (await response.json()) as PushResponse;
}

const verification = async (number: string, hash: string): Promise<ReportVerification> =>
  (await (
    await fetch(`${platform.url}${platformRoutes.reports}/${number}/verification?hash=${hash}`)
  ).json()) as ReportVerification;

describe('report registry and verification', () => {
  it('registers a report of the device and answers valid, hash-mismatch and unknown without a token', async () => {
    const number = numberOf(deviceNumber);
    expect((await push(1, payload(number))).results).toEqual([{ mutationId: 1, status: 'applied' }]);
    expect(await verification(number, HASH)).toMatchObject({
      status: 'valid',
      number,
      report: {
        subjectName: '冯**',
        identifier: '410425********8054',
        issuedAt: '2026-11-27T10:00:00.000+08:00',
      },
    });
    // A wrong hash is told the number's state, never whose report it is (finding 9).
    expect(await verification(number, 'b'.repeat(64))).toEqual({
      status: 'hash-mismatch',
      number,
      checkedAt: expect.any(String) as string,
      report: null,
    });
    const unknown = await verification(numberOf(deviceNumber, 2), HASH);
    expect(unknown).toMatchObject({ status: 'unknown', report: null });
    const malformed = await fetch(`${platform.url}${platformRoutes.reports}/${number}/verification?hash=xyz`);
    expect(malformed.status).toBe(400);
  });

  it('serves the human page in Chinese for each outcome', async () => {
    const number = numberOf(deviceNumber);
    await push(1, payload(number));
    const page = async (path: string) => {
      const response = await fetch(`${platform.url}${path}`);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      return response.text();
    };
    const valid = await page(`/verify/${number}?h=${HASH}`);
    expect(valid).toContain('核验通过');
    expect(valid).toContain(number);
    expect(valid).toContain('冯**');
    expect(valid).toContain('2026-11-27 09:00');
    expect(valid).not.toContain('410425196906028054');
    const mismatch = await page(`/verify/${number}?h=${'c'.repeat(64)}`);
    expect(mismatch).toContain('内容不一致');
    for (const detail of ['冯**', '410425', '平顶山市行政审批', '2026-11-27 10:00'])
      expect(mismatch).not.toContain(detail);
    expect(await page(`/verify/${number}`)).toContain('内容不一致');
    expect(await page(`/verify/${number}`)).not.toContain('冯**');
    expect(await page(`/verify/${numberOf(deviceNumber, 9)}?h=${HASH}`)).toContain('未登记');
    expect(await page(`/verify/%3Cscript%3E?h=${HASH}`)).not.toContain('<script>');
  });

  it('takes the same report again as a duplicate and refuses another report under a taken number', async () => {
    const number = numberOf(deviceNumber);
    await push(1, payload(number));
    expect((await push(2, payload(number))).results[0]?.status).toBe('duplicate');
    const other = await push(3, payload(number, 'd'.repeat(64)));
    expect(other.results[0]).toMatchObject({ status: 'rejected', code: 'REPORT_NUMBER_TAKEN' });
    expect((await verification(number, HASH)).status).toBe('valid');
  });

  it('refuses a number that is not the sending device’s (device number or day)', async () => {
    const foreign = await push(1, payload(numberOf(deviceNumber + 1)));
    expect(foreign.results[0]).toMatchObject({ status: 'rejected', code: 'REPORT_NUMBER_MISMATCH' });
    const otherDay = await push(2, {
      ...payload(numberOf(deviceNumber)),
      issuedAt: '2026-11-28T10:00:00.000+08:00',
    });
    expect(otherDay.results[0]).toMatchObject({ status: 'rejected', code: 'REPORT_NUMBER_MISMATCH' });
    expect((await verification(numberOf(deviceNumber + 1), HASH)).status).toBe('unknown');
  });

  it("refuses a natural person's report without its 授权, and one whose signed authorisation is not uploaded", async () => {
    const { authorisation: _authorisation, ...bare } = payload(numberOf(deviceNumber));
    const missing = await push(1, bare);
    expect(missing.results[0]).toMatchObject({ status: 'rejected', code: 'INVALID_PAYLOAD' });
    expect(JSON.stringify(missing.results[0])).toContain('authorisation');
    const mismatched = await push(2, {
      ...payload(numberOf(deviceNumber)),
      authorisation: { ...payload('').authorisation!, method: 'document' },
    });
    expect(mismatched.results[0]).toMatchObject({ status: 'rejected', code: 'INVALID_PAYLOAD' });

    const bytes = Buffer.from('本人授权平顶山市行政审批和政务信息管理局查询本人公共信用信息。签名：冯志亚');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const signed = {
      ...payload(numberOf(deviceNumber)),
      authorisation: {
        method: 'document' as const,
        documentSha256: sha256,
        signedOn: '2026-11-20',
        recordedBy: '赵敏',
        recordedAt: '2026-11-27T10:00:00.000+08:00',
      },
    };
    expect((await push(3, signed)).results[0]).toMatchObject({
      status: 'rejected',
      code: 'ATTACHMENT_MISSING',
    });
    const uploaded = await fetch(`${platform.url}${platformRoutes.files}/${sha256}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
    expect(uploaded.status).toBe(200);
    expect((await push(4, signed)).results[0]).toMatchObject({ status: 'applied' });
    const stored = platform.db
      .prepare('SELECT authorisation FROM reports WHERE number = ?')
      .pluck()
      .get(signed.number) as string;
    expect(JSON.parse(stored)).toEqual(signed.authorisation);
    // The public page says nothing of it.
    const page = await (await fetch(`${platform.url}/verify/${signed.number}?h=${HASH}`)).text();
    expect(page).not.toContain(sha256);
  });

  it("registers an organisation's report without any 授权", async () => {
    const organisation = {
      ...payload(numberOf(deviceNumber)),
      subjectKind: 'legal-person' as const,
      subjectName: '平顶山市梧沐商贸有限公司',
      identifier: '91410403MAL18LNL5K',
      authorisation: null,
    };
    expect((await push(1, organisation)).results[0]).toMatchObject({ status: 'applied' });
  });
});
