import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authFailureReasons } from '../../../shared/audit/sentences';
import { auditActionLabels } from '../../../shared/audit/texts';
import { feedbackActionLabels, verdictLabels } from '../../../shared/domain/labels';
import {
  commitmentTypeLabels,
  fulfilmentLabels,
  repairTargetLabels,
} from '../../../shared/domain/workflow-labels';
import { REPAIR_STATE_LABELS } from '../../../shared/repair/state-machine';
import type { AuditRow } from './audit.repo';
import { noAuditNames, type AuditNames } from './audit-names';
import { auditSentenceOf } from './audit-sentence';
import { summariseEntry } from './audit-summary';

// Every action the core can append reads as a Chinese sentence: no key, enum value or internal id in it.

const CORE = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The actions written in electron/core: `action: '…'` literals, the auth actions, `repair.${event}`. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const path of sources(CORE)) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('appendAudit(') && !text.includes('AuthAction')) continue;
    for (const line of text.split('\n')) {
      const auth = /\| '(auth\.[a-z-]+)'/.exec(line);
      if (auth?.[1] !== undefined) found.add(auth[1]);
      if (!/\baction:/.test(line)) continue;
      for (const match of line.matchAll(/'([a-z]+\.[a-z-]+)'/g))
        if (match[1] !== undefined) found.add(match[1]);
      if (line.includes('`repair.${'))
        ['repair.accept', 'repair.refuse'].forEach((action) => found.add(action));
    }
  }
  return found;
}

const IDENTIFIER = '91310000MA1FL0TEST';
const MASKED = '310101********1234';
const ACCOUNT = 'wangfang';
const REPORT = 'XYBG202612010000000000001';
const UNIT = '11310101MB0000000X';
/** What a sentence may show in Latin letters: codes, an account name, and the file formats' own names. */
const ALLOWED = [IDENTIFIER, MASKED, ACCOUNT, REPORT, UNIT, 'PDF', 'Excel', 'CSV'];

const names: AuditNames = {
  subject: () => ({ name: '上海某某贸易有限公司', identifier: IDENTIFIER }),
  check: () => ({ name: '上海某某贸易有限公司', identifier: IDENTIFIER }),
  commitment: () => '上海某某贸易有限公司',
  repair: () => ({ applicant: '上海某某贸易有限公司', target: '行政处罚决定书（沪市监罚〔2025〕12号）' }),
  measure: () => '限制参与政府采购',
  matter: () => '食品经营许可',
};

const entry = (
  action: string,
  detail: Record<string, unknown>,
  targetId: string | null = 'internal-1',
): AuditRow => ({
  seq: 1,
  at: '2026-12-01T10:00:00.000+08:00',
  actor: '王芳（wangfang）',
  action,
  targetType: 'check',
  targetId,
  caseNumber: 'CG-2026-0001',
  purpose: null,
  detail,
});

/** Every action with the details its writer stores, each enum value of a detail field at least once. */
const samples: Record<string, readonly Record<string, unknown>[]> = {
  'auth.sign-in': [
    { how: 'online', role: 'supervisor' },
    { how: 'offline', role: 'clerk', platform: 'NO_PLATFORM', cachedAt: '2026-11-30T08:00:00.000+08:00' },
    { how: 'online', role: 'admin' },
  ],
  'auth.sign-in-failed': [
    ...Object.keys(authFailureReasons).map((reason) => ({ username: ACCOUNT, reason, how: 'offline' })),
    { username: ACCOUNT, reason: 'something-new', how: 'online' },
  ],
  'auth.sign-out': [{ reason: 'user' }, { reason: 'replaced' }],
  'auth.lock': [{ reason: 'inactivity' }],
  'auth.unlock': [{}],
  'auth.unlock-failed': [{ reason: 'wrong-password' }, { reason: 'too-many-failures' }],
  'check.run': Object.keys(verdictLabels).flatMap((verdict) => [
    { identifier: IDENTIFIER, found: true, verdict, overrideReason: null, stale: false, recheckOf: null },
    {
      identifier: MASKED,
      found: false,
      verdict,
      overrideReason: '经电话核实',
      stale: true,
      recheckOf: 'check-0',
    },
  ]),
  'check.feedback': Object.keys(feedbackActionLabels).map((action) => ({
    feedbackId: 'feedback-1',
    hitKey: 'list:serious:entry-1',
    action,
    measures: ['M-serious-01'],
  })),
  'check.external-query': [{ channel: '信用中国网站', queryOutcome: '未发现失信记录', attachments: 1 }],
  'check.sheet-print': [{ identifier: '9141****' }],
  'check.sheet-pdf': [{ identifier: '9141****' }],
  'review.acknowledge': [{}],
  'commitment.create': Object.keys(commitmentTypeLabels).map((type) => ({
    code: '31010120261201000001',
    identifier: IDENTIFIER,
    type,
    verifyBy: '2027-03-01',
  })),
  'commitment.verify': Object.keys(fulfilmentLabels).flatMap((fulfilment) => [
    { code: '31010120261201000001', fulfilment, falseCommitment: false, recordId: null },
    { code: '31010120261201000001', fulfilment, falseCommitment: true, recordId: 'commitment-failure-1' },
  ]),
  'repair.create': Object.keys(repairTargetLabels).flatMap((targetTable) =>
    Object.keys(REPAIR_STATE_LABELS).map((state) => ({
      subjectId: 'demo-s-0010',
      targetTable,
      targetId: 'record-1',
      state,
      commitmentCode: '31010120261201000001',
      attachments: 3,
    })),
  ),
  'objection.create': [
    {
      subjectId: 'demo-s-0010',
      targets: ['credit_records:record-1'],
      grounds: 'error-or-omission',
      attachments: 2,
    },
  ],
  'objection.withdraw': [{ from: 'submitted', to: 'withdrawn', reason: '申请人撤回' }],
  'repair.accept': [{ from: 'submitted', to: 'accepted', reason: null }],
  'repair.refuse': [{ from: 'submitted', to: 'refused', reason: '材料不全' }],
  'file.add': [{ name: '申请表.pdf', size: 8 }],
  'report.issue': [
    {
      subjectId: 'demo-s-0010',
      subjectName: '上海某某贸易有限公司',
      contentHash: 'ab'.repeat(32),
      dataAsOf: '2026-12-01T08:00:00.000+08:00',
      issuingUnit: '某区政务服务中心',
      authorisation: { method: 'in-person', recordedBy: '王芳（wangfang）' },
    },
  ],
  'report.print': [{ subjectId: 'demo-s-0010', contentHash: 'ab'.repeat(32) }],
  'report.pdf': [{ subjectId: 'demo-s-0010', contentHash: 'ab'.repeat(32) }],
  'inspection.draw': [
    {
      regionCode: '310101',
      matterCode: 'PDS-CG-001',
      seed: 'abc',
      seedSource: 'platform',
      poolHash: 'ff'.repeat(32),
      poolSize: 35,
      picked: ['demo-s-0001', 'demo-s-0002'],
      ratiosVersion: 'v1',
      rosterVersion: 'r1',
    },
  ],
  'inspection.export': [{ format: 'xlsx', rows: 11 }],
  'inspection.results-export': [{ format: 'csv', rows: 11 }],
  'inspection.result': [
    {
      subjectId: 'demo-s-0010',
      revision: 1,
      inspectedOn: '2026-12-01',
      outcome: '未发现问题',
      inspectors: '张三、李四',
      substituted: true,
    },
  ],
  'inspection.result-correct': [
    {
      subjectId: 'demo-s-0010',
      revision: 2,
      inspectedOn: '2026-12-01',
      outcome: '发现问题已责令整改',
      inspectors: '张三、李四',
      substituted: false,
      correctsId: 'result-1',
      reason: '录错检查结果',
    },
  ],
  'settings.update': [
    {
      changed: {
        staleAfterHours: { from: 24, to: 48 },
        department: { from: '', to: '某区政务服务中心' },
        districtCode: { from: '310101', to: '310104' },
        lockAfterMinutes: { from: 10, to: 15 },
      },
    },
  ],
  'sync.enrol': [
    {
      platformUrl: 'https://xinyong.example.gov.cn',
      deviceName: '一号窗口',
      deviceNumber: 7,
      unit: { code: UNIT, name: '某区政务服务中心', districtCode: '310101' },
    },
  ],
  'sync.token-rotated': [{}],
  'sync.device-revoked': [{}],
  'demo.load': [{ subjects: 87, listEntries: 20, records: 150, grades: 87 }],
  'audit.export': [{ format: 'xlsx', rows: 5, filters: '办件编号 CG-2026-01' }],
  'objection.receipt-print': [{ subjectId: 'demo-s-0010', subjectName: '上海某某贸易有限公司' }],
  'objection.receipt-pdf': [{ subjectId: 'demo-s-0010', subjectName: '上海某某贸易有限公司' }],
  'objection.notice-print': [{ subjectId: 'demo-s-0010', subjectName: '上海某某贸易有限公司' }],
  'objection.notice-pdf': [{ subjectId: 'demo-s-0010', subjectName: '上海某某贸易有限公司' }],
};

/** The sentence with quoted input and the allowed codes taken out: what is left must be Chinese. */
const latinLeft = (sentence: string): string[] => {
  let rest = sentence.replaceAll(/“[^”]*”/g, '');
  for (const allowed of ALLOWED) rest = rest.replaceAll(allowed, '');
  // Codes of the catalogue and the case (PDS-CG-001, CG-2026-01, 31010120261201000001) are codes, not words.
  rest = rest.replaceAll(/\b[A-Z]+(?:-[A-Z0-9]+)+\b/g, '');
  return rest.match(/[A-Za-z_]+/g) ?? [];
};

describe('audit sentences', () => {
  it('has a sentence and a label for every action the core writes', () => {
    const written = writtenActions();
    expect(written.size).toBeGreaterThan(25);
    for (const action of written) {
      expect(auditSentenceOf, action).toHaveProperty([action]);
      expect(auditActionLabels, action).toHaveProperty([action]);
      expect(samples, action).toHaveProperty([action]);
    }
  });

  it.each(Object.entries(samples))('%s reads as Chinese, with names and without ids', (action, details) => {
    for (const detail of details) {
      for (const lookup of [names, noAuditNames]) {
        const target = action.startsWith('report.') ? REPORT : 'internal-1';
        const sentence = summariseEntry(entry(action, detail, target), lookup);
        expect(sentence, JSON.stringify(detail)).not.toBe('');
        expect(latinLeft(sentence), sentence).toEqual([]);
        expect(sentence).not.toMatch(/[：:]\s*$/);
        for (const id of ['demo-s-0010', 'internal-1', 'commitment-failure-1', 'record-1', 'check-0'])
          expect(sentence).not.toContain(id);
      }
    }
  });

  it('says what the tester saw in words', () => {
    expect(summariseEntry(entry('auth.sign-in', { how: 'online', role: 'supervisor' }))).toBe(
      '以督导人员身份在线登录',
    );
    expect(
      summariseEntry(
        entry('check.run', { identifier: IDENTIFIER, found: true, verdict: 'proceed', stale: false }),
        names,
      ),
    ).toBe(`核查 上海某某贸易有限公司（代码 ${IDENTIFIER}）：可办理`);
    expect(
      summariseEntry(
        entry('commitment.verify', {
          code: '31010120261201000001',
          fulfilment: 'unfulfilled',
          falseCommitment: false,
          recordId: 'commitment-failure-1',
        }),
        names,
      ),
    ).toBe('核查信用承诺 31010120261201000001（上海某某贸易有限公司）：全部未履行，已记为失信信息');
    expect(summariseEntry(entry('file.add', { name: '申请表.pdf', size: 8 }))).toBe(
      '上传材料“申请表.pdf”，共 8 字节',
    );
  });

  it('keeps the fields of an action it has no sentence for, and of a detail that is not an object', () => {
    expect(summariseEntry(entry('future.thing', { verdict: 'proceed' }))).toBe('结论：可办理');
    expect(summariseEntry({ ...entry('check.run', {}), detail: '被改过的内容' as never })).toBe(
      '被改过的内容',
    );
  });
});
