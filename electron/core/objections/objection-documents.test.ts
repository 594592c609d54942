import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import type { ObjectionCreateRequest } from '../../../shared/domain/objection';
import { auditFor } from '../audit/audit.repo';
import { auditSentenceOf } from '../audit/audit-sentence';
import { noAuditNames } from '../audit/audit-names';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { makeRecord, makeSubject, makeUscc, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { getObjection, saveObjection } from './objections.repo';

// The applicant's documents of an objection, against a real core on real SQLite: printed only for an objection
// this window holds, the 告知书 only once there is a result, every output in the audit trail.

const company = makeSubject('s-1', '平顶山市鹰城建材有限公司', makeUscc('MA4K2B7X'));

let core: ReturnType<typeof openTempCore>;
const call = <C extends Channel>(channel: C, request: RequestOf<C>) =>
  dispatch(core.handlers, channel, request) as Promise<Result<ResponseOf<C>>>;

const request: ObjectionCreateRequest = {
  subjectId: company.id,
  checkId: null,
  targets: [{ targetTable: 'credit_records', targetId: 'r-1' }],
  grounds: 'error-or-omission',
  statement: '该处罚决定已经行政复议撤销，但仍在公示',
  applicant: {
    role: 'subject',
    name: company.name,
    idKind: 'uscc',
    idNumber: company.identifier,
    phone: '0375-8888888',
  },
  attachments: [],
  truthfulnessPledged: true,
};

let id = '';
beforeEach(async () => {
  core = openTempCore({ withDemo: false });
  seedRegistry(core.db, {
    subjects: [company],
    entries: [],
    records: [makeRecord('r-1', company.id, { sourceDepartment: '平顶山市生态环境局' })],
  });
  expect((await call('settings:update', { department: '叶县政务服务中心' })).ok).toBe(true);
  const created = await call('objections:create', request);
  if (!created.ok) throw new Error(created.error.message);
  id = created.value.objection.id;
});
afterEach(() => core.dispose());

describe('objections:document-*', () => {
  it('hands printing to the shell for an objection held here, and records each output with the subject', async () => {
    expect(await call('objections:document-pdf', { id, document: 'receipt' })).toMatchObject({
      ok: false,
      error: { code: 'PRINT_IN_BROWSER' },
    });
    expect((await call('objections:document-printed', { id, document: 'receipt', how: 'pdf' })).ok).toBe(
      true,
    );
    const printed = auditFor(core.db, 'objection', id).filter((entry) => entry.action.includes('receipt'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ action: 'objection.receipt-pdf', detail: { subjectId: company.id } });
    const sentence = auditSentenceOf['objection.receipt-pdf']?.(
      printed[0]!.detail,
      printed[0]!,
      noAuditNames,
    );
    expect(sentence).toBe(`将 ${company.name} 的异议申请回执存为PDF文件`);
  });

  it('refuses the 告知书 of an objection without a result, and prints it once decided', async () => {
    const refused = await call('objections:document-printed', { id, document: 'notice', how: 'print' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OBJECTION_INVALID' } });
    if (!refused.ok) expect(refused.error.message).toContain('尚无处理结果');
    expect(
      auditFor(core.db, 'objection', id).some((entry) => entry.action.startsWith('objection.notice')),
    ).toBe(false);
    const objection = getObjection(core.db, id);
    if (objection === null) throw new Error('not stored');
    saveObjection(core.db, { ...objection, state: 'decided', version: objection.version + 1 });
    expect(await call('objections:document-print', { id, document: 'notice' })).toMatchObject({
      error: { code: 'PRINT_IN_BROWSER' },
    });
    expect((await call('objections:document-printed', { id, document: 'notice', how: 'print' })).ok).toBe(
      true,
    );
  });

  it('refuses a forged or unknown id with a Chinese message and records nothing', async () => {
    for (const forged of ['o-unknown', "x' OR '1'='1", '../objections']) {
      const answer = await call('objections:document-printed', {
        id: forged,
        document: 'receipt',
        how: 'print',
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'OBJECTION_NOT_FOUND', message: '未找到该异议申请' },
      });
    }
    expect(auditFor(core.db, 'objection', 'o-unknown')).toEqual([]);
  });

  it('refuses a hostile request (an unknown document, an oversized id) before it reaches the handler', async () => {
    const unknown = await dispatch(core.handlers, 'objections:document-printed', {
      id,
      document: 'contract',
      how: 'print',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const huge = await dispatch(core.handlers, 'objections:document-pdf', {
      id: 'x'.repeat(1_000_000),
      document: 'receipt',
    });
    expect(huge.ok).toBe(false);
  });

  it('refuses a caller who is not signed in', async () => {
    core.session.end();
    expect(
      await call('objections:document-printed', { id, document: 'receipt', how: 'print' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED' },
    });
    signInForTests(core, 'clerk');
    expect((await call('objections:document-printed', { id, document: 'receipt', how: 'print' })).ok).toBe(
      true,
    );
  });
});
