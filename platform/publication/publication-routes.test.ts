import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commitment } from '../../shared/domain/commitment';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import {
  PublicCommitmentsResponse,
  PublicationStepResponse,
  WithdrawnCommitmentsResponse,
} from '../../shared/platform-api/commitment-publication';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { basic, commitmentFixture } from '../testing/workflow-fixtures';
import { writeCommitment } from '../workflow/workflow.repo';

// 信用承诺公示 over real HTTP: the public page and JSON, the reviewers' export, withdrawal and re-publication,
// and the attacks on each.

let platform: TempPlatform;
const reviewer = basic('zhaolei', 'secret-123');
const clerk = basic('wangfang', 'secret-123');

const PERSON_ID = '410402199001011234';
const code = (serial: number): string => `410400202611270${String(serial).padStart(5, '0')}`;

const COMPANY = commitmentFixture({ id: 'pub-company', code: code(1) });
const PERSON = commitmentFixture({
  id: 'pub-person',
  code: code(2),
  committer: { name: '张三丰', kind: 'natural-person', identifier: PERSON_ID },
  identifierKind: 'citizen-id',
  content: `本人张三丰（${PERSON_ID}）承诺所交材料真实。`,
});
const RESTRICTED = commitmentFixture({
  id: 'pub-restricted',
  code: code(3),
  committer: { name: '特定范围公开有限公司', kind: 'legal-person', identifier: '91410400MA0000002X' },
  publicity: 'restricted',
});
const PRIVATE = commitmentFixture({
  id: 'pub-private',
  code: code(4),
  committer: { name: '不可公开有限公司', kind: 'legal-person', identifier: '91410400MA0000003X' },
  publicity: 'private',
});
const HOSTILE = commitmentFixture({
  id: 'pub-hostile',
  code: code(5),
  committer: {
    name: '<script>alert("x")</script>有限公司',
    kind: 'legal-person',
    identifier: '91410400MA0000004X',
  },
  reason: `"><img src=x onerror=alert(1)>`,
});

beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-12-01T02:00:00Z') });
  await platform.addUser({ username: 'zhaolei', password: 'secret-123', role: 'supervisor' });
  await platform.addUser({ username: 'wangfang', password: 'secret-123', role: 'clerk' });
  for (const commitment of [COMPANY, PERSON, RESTRICTED, PRIVATE, HOSTILE])
    writeCommitment(platform.db, commitment);
  // 22 more public ones, older, for paging.
  for (let serial = 10; serial < 32; serial += 1)
    writeCommitment(
      platform.db,
      commitmentFixture({ id: `pub-${serial}`, code: code(serial), madeOn: '2026-11-01' }),
    );
});
afterAll(() => platform.dispose());

const page = async (query = ''): Promise<{ status: number; html: string; headers: Headers }> => {
  const response = await fetch(`${platform.url}${platformRoutes.publicCommitmentsPage}${query}`);
  return { status: response.status, html: await response.text(), headers: response.headers };
};
const listing = async (query = ''): Promise<PublicCommitmentsResponse> => {
  const response = await fetch(`${platform.url}${platformRoutes.publicCommitments}${query}`);
  expect(response.status).toBe(200);
  return PublicCommitmentsResponse.parse(await response.json());
};
const codesOf = async (query = ''): Promise<string[]> =>
  (await listing(query)).items.map((item) => item.code);
const q = (text: string): string => `?q=${encodeURIComponent(text)}`;

const exportCsv = (headers: Record<string, string> = reviewer, query = ''): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.commitmentPublication}/export${query}`, { headers });
const stepOf = (
  id: string,
  action: 'withdraw' | 'republish',
  body: unknown = { reason: '承诺人提出异议，核实期间暂停公示' },
  headers: Record<string, string> = reviewer,
): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.commitmentPublication}/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the public page and its JSON', () => {
  it('list only commitments 可向社会公开, without a token, newest first, 20 a page', async () => {
    const first = await listing();
    expect(first.total).toBe(25);
    expect(first.pageSize).toBe(20);
    expect(first.items).toHaveLength(20);
    const all = [...first.items, ...(await listing('?page=2')).items].map((item) => item.code);
    expect(all).toHaveLength(25);
    expect(all).not.toContain(RESTRICTED.code);
    expect(all).not.toContain(PRIVATE.code);
    const { status, html, headers } = await page();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('信用承诺公示');
    expect(html).toContain('共 25 条公示承诺');
    expect(html).toContain('下一页');
    for (const hidden of [RESTRICTED, PRIVATE]) {
      expect(html).not.toContain(hidden.code);
      expect(html).not.toContain(hidden.committer.name);
    }
  });

  it('show a natural person masked, never the name or the ID number, also where the text quotes them', async () => {
    const [person] = (await listing(q(PERSON.code))).items;
    expect(person).toMatchObject({
      committerName: '张*',
      committerIdentifier: '4104**********1234',
      fulfilment: '尚未核查',
    });
    const { html } = await page(q(PERSON.code));
    expect(html).toContain('张*');
    expect(html).not.toContain(PERSON_ID);
    expect(html).not.toContain('张三丰');
    expect(JSON.stringify(await listing())).not.toContain(PERSON_ID);
  });

  it('find a company by part of its name, its code (any case) or the 承诺编码', async () => {
    expect((await listing(q('鹰城建设'))).total).toBe(23);
    expect((await listing(q('91410400ma0000004x'))).items.map((item) => item.code)).toEqual([HOSTILE.code]);
    expect(await codesOf(q(COMPANY.code))).toEqual([COMPANY.code]);
  });

  it('never find a natural person by name or ID number, not even the full one (only by 承诺编码)', async () => {
    expect(await codesOf(q(PERSON_ID))).toEqual([]);
    expect(await codesOf(q('张三丰'))).toEqual([]);
    expect(await codesOf(q('张'))).toEqual([]);
    expect(await codesOf(q('4104**********1234'))).toEqual([]);
    const { html } = await page(q(PERSON_ID));
    expect(html).toContain('没有符合条件的公示承诺');
  });

  it('never find a restricted or private commitment, not by its exact code either', async () => {
    expect(await codesOf(q(RESTRICTED.code))).toEqual([]);
    expect(await codesOf(q(PRIVATE.committer.identifier))).toEqual([]);
    expect(await codesOf(q('不可公开'))).toEqual([]);
  });

  it('escape hostile names and texts (no markup reaches the page) and echo a hostile query escaped', async () => {
    const { html } = await page(q(HOSTILE.code));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;有限公司');
    const echoed = await page(q('<script>alert(1)</script>'));
    expect(echoed.status).toBe(200);
    expect(echoed.html).not.toContain('<script>alert(1)');
    expect(echoed.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(echoed.html).not.toMatch(/<script/i);
  });

  it('take SQL and LIKE wildcards as plain text', async () => {
    for (const text of ["' OR 1=1 --", "%' OR publicity <> 'public", '%', '_', '\\']) {
      expect(await codesOf(q(text))).toEqual([]);
    }
    expect(await codesOf()).toHaveLength(20);
  });

  it('refuse an oversized query, a bad page and a repeated parameter with a Chinese message and a code', async () => {
    const long = await page(q('鹰'.repeat(51)));
    expect(long.status).toBe(400);
    expect(long.html).toContain('查询内容不能超过50个字');
    for (const [query, message] of [
      [q('a'.repeat(51)), '查询内容不能超过50个字'],
      ['?page=0', '页码应从1开始'],
      ['?page=abc', '页码应为数字'],
      ['?page=99999', '页码不能超过500'],
      ['?q=a&q=b', '查询内容应为一段文字'],
    ] as const) {
      const response = await fetch(`${platform.url}${platformRoutes.publicCommitments}${query}`);
      expect(response.status).toBe(400);
      const error = PlatformError.parse(await response.json());
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toContain(message);
    }
    expect((await page('?page=99')).html).toContain('没有符合条件的公示承诺');
  });
});

describe('the export for 信用中国', () => {
  it('is for reviewers only: 401 without credentials, 403 for a clerk', async () => {
    const none = await fetch(`${platform.url}${platformRoutes.commitmentPublication}/export`);
    expect(none.status).toBe(401);
    expect(PlatformError.parse(await none.json()).code).toBe('USER_LOGIN_REQUIRED');
    const refused = await exportCsv(clerk);
    expect(refused.status).toBe(403);
    expect(PlatformError.parse(await refused.json())).toMatchObject({ code: 'ROLE_FORBIDDEN' });
  });

  it('is CSV with a BOM, the header in the standard order, the published commitments only', async () => {
    const response = await exportCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^承诺编码,承诺人名称,承诺人类别,承诺人代码,承诺类型,承诺事由,/);
    expect(lines).toHaveLength(26);
    expect(csv).not.toContain(RESTRICTED.code);
    expect(csv).not.toContain(PRIVATE.code);
    // The data standard does not mask (政务共享); the export is for reviewers only.
    expect(csv).toContain(PERSON_ID);
    expect(csv).toContain(`,"""><img src=x onerror=alert(1)>",`);
  });

  it('takes ?since= (a day) and refuses anything else', async () => {
    const later = await exportCsv(reviewer, '?since=2026-12-31');
    expect(
      (await later.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1);
    const bad = await exportCsv(reviewer, '?since=yesterday');
    expect(bad.status).toBe(400);
    expect(PlatformError.parse(await bad.json()).message).toContain('since 应为日期');
  });
});

describe('withdrawal from publication', () => {
  it('is refused without credentials, to a clerk, without a reason, for an unknown or unpublished commitment', async () => {
    const none = await fetch(
      `${platform.url}${platformRoutes.commitmentPublication}/${COMPANY.id}/withdraw`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: '无' }),
      },
    );
    expect(none.status).toBe(401);
    const byClerk = await stepOf(COMPANY.id, 'withdraw', undefined, clerk);
    expect(byClerk.status).toBe(403);
    expect(PlatformError.parse(await byClerk.json()).code).toBe('ROLE_FORBIDDEN');
    const noReason = await stepOf(COMPANY.id, 'withdraw', { reason: '   ' });
    expect(noReason.status).toBe(400);
    const tooLong = await stepOf(COMPANY.id, 'withdraw', { reason: '理'.repeat(501) });
    expect(tooLong.status).toBe(400);
    const unknown = await stepOf('no-such-commitment', 'withdraw');
    expect(unknown.status).toBe(404);
    expect(PlatformError.parse(await unknown.json())).toEqual({
      code: 'COMMITMENT_NOT_FOUND',
      message: '市平台没有这份信用承诺',
    });
    const restricted = await stepOf(RESTRICTED.id, 'withdraw');
    expect(restricted.status).toBe(409);
    expect(PlatformError.parse(await restricted.json()).message).toContain('不是“可向社会公开”');
    const notWithdrawn = await stepOf(COMPANY.id, 'republish');
    expect(notWithdrawn.status).toBe(409);
    expect(PlatformError.parse(await notWithdrawn.json()).code).toBe('PUBLICATION_STEP_REFUSED');
    expect(platform.db.prepare('SELECT count(*) FROM commitment_publication_events').pluck().get()).toBe(0);
  });

  it('takes the commitment off the page and the export at once; republishing brings it back; all recorded', async () => {
    const withdrawn = await stepOf(PERSON.code, 'withdraw');
    expect(withdrawn.status).toBe(200);
    expect(PublicationStepResponse.parse(await withdrawn.json())).toMatchObject({
      published: false,
      event: { commitmentId: PERSON.id, action: 'withdraw', actor: 'zhaolei' },
    });
    expect(await codesOf(q(PERSON.code))).toEqual([]);
    expect((await page()).html).not.toContain(PERSON.code);
    expect(await (await exportCsv()).text()).not.toContain(PERSON.code);
    expect((await stepOf(PERSON.id, 'withdraw')).status).toBe(409);

    const list = await fetch(`${platform.url}${platformRoutes.commitmentPublication}/withdrawn`, {
      headers: reviewer,
    });
    expect(WithdrawnCommitmentsResponse.parse(await list.json()).withdrawn).toEqual([
      expect.objectContaining({ code: PERSON.code, reason: '承诺人提出异议，核实期间暂停公示' }),
    ]);

    expect((await stepOf(PERSON.id, 'republish', { reason: '异议不成立' })).status).toBe(200);
    expect(await codesOf(q(PERSON.code))).toEqual([PERSON.code]);
    expect(await (await exportCsv()).text()).toContain(PERSON.code);

    const events = platform.db
      .prepare('SELECT commitment_id, action, reason, actor FROM commitment_publication_events ORDER BY id')
      .all();
    expect(events).toEqual([
      {
        commitment_id: PERSON.id,
        action: 'withdraw',
        reason: '承诺人提出异议，核实期间暂停公示',
        actor: 'zhaolei',
      },
      { commitment_id: PERSON.id, action: 'republish', reason: '异议不成立', actor: 'zhaolei' },
    ]);
    expect(() => platform.db.exec('DELETE FROM commitment_publication_events')).toThrow(/append-only/);
    expect(() => platform.db.exec("UPDATE commitment_publication_events SET reason = 'x'")).toThrow(
      /append-only/,
    );
  });

  it('keeps a commitment withdrawn when the window later sends a new version of it', async () => {
    expect((await stepOf(COMPANY.id, 'withdraw')).status).toBe(200);
    const updated: Commitment = { ...COMPANY, version: 2, updatedAt: '2026-12-01T10:00:00.000+08:00' };
    writeCommitment(platform.db, updated);
    expect(await codesOf(q(COMPANY.code))).toEqual([]);
    expect((await stepOf(COMPANY.id, 'republish', { reason: '核实无误' })).status).toBe(200);
  });
});
