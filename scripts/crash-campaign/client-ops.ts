import { addDays, addMonths } from '../../shared/calendar/day';
import type { CheckDetail, CheckResult } from '../../shared/domain/check';
import type { CommitmentDetail } from '../../shared/domain/commitment';
import type { RepairDetail } from '../../shared/domain/repair';
import { beijingDay } from '../../shared/time';
import type { Db } from '../../node-shared/db/connection';
import type { Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { makeDraft } from '../../electron/core/testing/commitment-fixtures';
import { repairRequest } from '../../electron/core/repairs/repairs.fixtures';
import { DEBTOR_COMPANY, PROCUREMENT, REPAIR_SUBJECT, UNIT, type Op } from './plan';

// One planned operation of the campaign's client, done through dispatch as a window does it, and the query that
// finds it again in the cache (how a restarted client knows where it stopped, and how the tally counts it).

/** A clean company for the plain checks and the commitments (demo-s-0031). */
const CLEAN = { identifier: '914104035947936092', name: '平顶山市璞骁农业开发有限公司' };
/** The 受理单位 of every commitment and repair: the PC's own office, as the platform requires. */
const ACCEPTING_UNIT = { code: UNIT.code, name: UNIT.name };

/** How many times `op` is in the cache: 1 once done, 0 before, more would be a duplicate. */
export function timesDone(db: Db, op: Pick<Op, 'kind' | 'key'>): number {
  const sql = {
    check: 'SELECT count(*) FROM checks WHERE case_number = ?',
    feedback:
      'SELECT count(*) FROM check_feedback f JOIN checks c ON c.id = f.check_id WHERE c.case_number = ?',
    commitment: 'SELECT count(*) FROM commitments WHERE case_number = ?',
    repair: 'SELECT count(*) FROM repair_applications WHERE target_id = ?',
  }[op.kind];
  return db.prepare(sql).pluck().get(op.key) as number;
}

type Outcome = { ok: true; id: string } | { ok: false; message: string };
const failed = (error: { code: string; message: string }): Outcome => ({
  ok: false,
  message: `${error.code}: ${error.message}`,
});

/** Performs `op`; the id is that of the check, feedback, commitment or repair application written. */
export async function perform(core: Core, op: Op): Promise<Outcome> {
  const today = beijingDay(new Date());
  if (op.kind === 'check') {
    const checked = await dispatch(core.handlers, 'check:run', {
      context: { caseNumber: op.key, matterCode: PROCUREMENT },
      applicant: { by: 'identifier', raw: op.debtor ? DEBTOR_COMPANY : CLEAN.identifier },
    });
    return checked.ok ? { ok: true, id: (checked.value as CheckResult).checkId } : failed(checked.error);
  }
  if (op.kind === 'feedback') {
    const checkId = core.db.prepare('SELECT id FROM checks WHERE case_number = ?').pluck().get(op.key);
    if (typeof checkId !== 'string') return { ok: false, message: `找不到办件 ${op.key} 的核查` };
    const detail = await dispatch(core.handlers, 'check:get', { checkId });
    if (!detail.ok) return failed(detail.error);
    const hit = (detail.value as CheckDetail).result.hits.find((candidate) => candidate.actionable);
    if (hit === undefined) return { ok: false, message: `办件 ${op.key} 的核查没有可反馈的命中` };
    const given = await dispatch(core.handlers, 'check:feedback', {
      checkId,
      items: [
        {
          hitKey: hit.key,
          action: 'punished',
          measureCodes: hit.punishments.map((measure) => measure.code),
          reason: null,
          result: '不予通过供应商资格审查',
          amount: null,
          legalBasis: hit.punishments[0]?.legalBasis ?? '—',
          department: '叶县财政局',
          districtCode: '410422',
          actedAt: new Date().toISOString(),
        },
      ],
    });
    if (!given.ok) return failed(given.error);
    const feedback = (given.value as CheckDetail).feedback.at(-1);
    return feedback === undefined ? { ok: false, message: '反馈未保存' } : { ok: true, id: feedback.id };
  }
  if (op.kind === 'commitment') {
    const created = await dispatch(
      core.handlers,
      'commitments:create',
      makeDraft(CLEAN.identifier, {
        committer: { name: CLEAN.name, kind: 'legal-person', identifier: CLEAN.identifier },
        caseNumber: op.key,
        madeOn: today,
        verifyBy: addDays(today, 30),
        acceptingUnit: ACCEPTING_UNIT,
      }),
    );
    return created.ok
      ? { ok: true, id: (created.value as CommitmentDetail).commitment.id }
      : failed(created.error);
  }
  const name = core.db.prepare('SELECT name FROM subjects WHERE id = ?').pluck().get(REPAIR_SUBJECT.id);
  const subject = { ...REPAIR_SUBJECT, name: String(name) };
  const request = repairRequest(subject, { table: 'credit_records', id: op.key });
  const created = await dispatch(core.handlers, 'repairs:create', {
    ...request,
    commitment: {
      ...request.commitment,
      caseNumber: op.key,
      madeOn: today,
      verifyBy: addMonths(today, 1),
      acceptingUnit: ACCEPTING_UNIT,
    },
  });
  return created.ok
    ? { ok: true, id: (created.value as RepairDetail).application.id }
    : failed(created.error);
}
