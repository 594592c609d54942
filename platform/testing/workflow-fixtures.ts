import { createHash } from 'node:crypto';
import type { Db } from '../../node-shared/db/connection';
import type { Commitment } from '../../shared/domain/commitment';
import type { RepairApplication } from '../../shared/domain/repair';
import { platformRoutes, PushResponse } from '../../shared/platform-api/api';
import { upsertRows } from '../registry/registry.repo';
import { signerOf } from './temp-platform';

// Workflow items and registry rows for the platform's tests: valid by the contract's schemas, overridable.

export const AT = '2026-11-27T09:30:00.000+08:00';
export const DAY = '2026-11-27';

export const SUBJECT_ID = 'wf-s-1';
export const SUBJECT_IDENTIFIER = '91410400MA0000001X';
export const RECORD_ID = 'wf-r-1';
export const ENTRY_ID = 'wf-e-1';

export function commitmentFixture(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c-1',
    code: '41040020261127001001',
    committer: { name: '平顶山市鹰城建设工程有限公司', kind: 'legal-person', identifier: SUBJECT_IDENTIFIER },
    identifierKind: 'uscc',
    subjectId: null,
    type: 'approval-substitute',
    reason: '申请建筑工程施工许可',
    content: '本单位承诺所提交的材料真实有效，并在30日内补齐消防验收文件。',
    liability: '违反承诺的，愿意承担撤销许可及相应法律责任。',
    madeOn: DAY,
    validUntil: null,
    matterCode: 'M-001',
    caseNumber: null,
    recognisingUnit: { name: '平顶山市住房和城乡建设局', code: '11410400005181722X' },
    acceptingUnit: { name: '平顶山市政务服务中心', code: '11410400MB0000000X' },
    publicity: 'public',
    verifyBy: '2026-12-27',
    checkId: null,
    state: 'pending',
    verification: null,
    verifiedBy: null,
    repairId: null,
    recordId: null,
    operator: 'wangfang',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}

export function repairFixture(overrides: Partial<RepairApplication> = {}): RepairApplication {
  return {
    id: 'rep-1',
    subjectId: SUBJECT_ID,
    applicantName: '平顶山市鹰城建设工程有限公司',
    applicantIdentifier: SUBJECT_IDENTIFIER,
    handlerName: '李明',
    handlerPhone: null,
    targetTable: 'credit_records',
    targetId: RECORD_ID,
    targetTitle: '行政处罚：未按规定办理施工许可',
    reasons: '已缴清罚款并完成整改',
    requestedOutcome: 'stop-publication',
    attachments: [],
    commitmentId: null,
    eligibility: {
      regime: '2023',
      eligible: true,
      eligibleFrom: '2025-12-02',
      publicationEndsOn: '2026-09-01',
      code: 'eligible',
      message: '已满最短公示期，可申请信用修复',
      unconfirmed: [],
    },
    state: 'accepted',
    stateEnteredOn: DAY,
    history: [
      { event: 'submit', at: AT, on: DAY, by: 'wangfang', reason: null },
      { event: 'accept', at: AT, on: DAY, by: 'wangfang', reason: null },
    ],
    outcome: null,
    decisionReason: null,
    acceptingUnit: '平顶山市政务服务中心',
    operator: 'wangfang',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}

/** A subject with a penalty record and a list entry (on the catalogue's first list type) to repair. */
export function seedRegistry(db: Db): void {
  const listType = (db.prepare('SELECT code FROM list_types ORDER BY code LIMIT 1').get() as { code: string })
    .code;
  upsertRows(db, 'subjects', [
    {
      id: SUBJECT_ID,
      name: '平顶山市鹰城建设工程有限公司',
      identifier: SUBJECT_IDENTIFIER,
      identifier_kind: 'uscc',
      kind: 'legal-person',
      region_code: '410402',
      legal_representative: '张三',
      legal_representative_id: null,
      registered_on: '2015-03-02',
      address: null,
      status: 'active',
      grade: null,
      updated_at: AT,
    },
  ]);
  upsertRows(db, 'credit_records', [
    {
      id: RECORD_ID,
      subject_id: SUBJECT_ID,
      category: 'penalty',
      title: '行政处罚：未按规定办理施工许可',
      content: '罚款人民币1万元',
      source_department: '平顶山市住房和城乡建设局',
      decision_number: '平建罚〔2025〕9号',
      decision_on: '2025-09-01',
      publication_ends_on: '2026-09-01',
      status: 'published',
      severity: 'general',
      domain: null,
      commitment_id: null,
      commitment_failure: null,
      repair_outcome: null,
      repaired_on: null,
      procedure: null,
    },
  ]);
  upsertRows(db, 'list_entries', [
    {
      id: ENTRY_ID,
      subject_id: SUBJECT_ID,
      list_type: listType,
      listed_on: '2025-06-01',
      listing_unit: '平顶山市市场监督管理局',
      reason: '通过登记的住所无法联系',
      document_number: null,
      expires_on: null,
      removed_on: null,
      status: 'active',
    },
  ]);
}

export const entry = (mutationId: number, kind: string, payload: unknown): unknown => ({
  mutationId,
  kind,
  createdAt: AT,
  payload,
});

const workflowPrefixes = ['commitment.', 'repair.', 'objection.'];

/**
 * Pushes entries as the device of `headers`. A workflow entry without a `user` is signed by the clerk signed in
 * on that device at enrolment (temp-platform.ts), as a client signs the entries its users made.
 */
export async function push(
  url: string,
  headers: Record<string, string>,
  entries: unknown[],
): Promise<PushResponse> {
  const signer = signerOf(headers);
  const signed = entries.map((sent) => {
    const fields = sent as { kind?: unknown; user?: unknown };
    const workflow =
      typeof fields.kind === 'string' && workflowPrefixes.some((p) => String(fields.kind).startsWith(p));
    return workflow && fields.user === undefined && signer !== undefined ? { ...fields, user: signer } : sent;
  });
  const response = await fetch(`${url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ entries: signed }),
  });
  if (response.status !== 200) throw new Error(`outbox: ${response.status} ${await response.text()}`);
  return PushResponse.parse(await response.json());
}

/** Uploads bytes as a file the way a client does before pushing an application that attaches it. */
export async function upload(url: string, headers: Record<string, string>, text: string): Promise<string> {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const response = await fetch(`${url}${platformRoutes.files}/${sha256}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: text,
  });
  if (response.status !== 200) throw new Error(`upload: ${response.status}`);
  return sha256;
}

export const basic = (username: string, password: string): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`,
});

export const readRow = (db: Db, table: string, id: string): Record<string, unknown> | undefined =>
  db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
