import type {
  Objection,
  ObjectionCandidate,
  ObjectionDetail,
  ObjectionListItem,
} from '../../shared/domain/objection';
import type { SubjectSummary } from '../../shared/domain/subject';

// Objections as the core answers them, for component tests; override what a test is about.

export const objectionCompany: SubjectSummary = {
  id: 'demo-s-0007',
  name: '平顶山市梧沐商贸有限公司',
  identifierMasked: '91410403MAL18LNL5K',
  kind: 'legal-person',
  regionCode: '410403',
  status: 'active',
};

export const objectionCandidate = (
  targetId: string,
  patch: Partial<ObjectionCandidate> = {},
): ObjectionCandidate => ({
  targetTable: 'credit_records',
  targetId,
  title: '行政处罚：未按规定申报纳税',
  kindLabel: '行政处罚',
  decisionOn: '2025-03-30',
  statusLabel: '公示中',
  unit: '国家税务总局平顶山市税务局',
  openObjectionId: null,
  ...patch,
});

export const sampleObjection = (patch: Partial<Objection> = {}): Objection => ({
  id: 'YY-2026-000123',
  subjectId: objectionCompany.id,
  subjectName: objectionCompany.name,
  checkId: null,
  targets: [
    {
      targetTable: 'credit_records',
      targetId: 'demo-r-0005',
      title: '行政处罚：未按规定申报纳税',
      unit: '国家税务总局平顶山市税务局',
      outcome: null,
      corrections: [],
    },
  ],
  grounds: 'error-or-omission',
  statement: '该处罚决定已于2026年5月经行政复议撤销，但仍在公示',
  applicant: {
    role: 'agent',
    name: '李明',
    idKind: 'citizen-id',
    idNumber: '410402199001011234',
    phone: '13800000000',
  },
  attachments: [],
  truthfulnessPledged: true,
  acceptingUnit: '叶县政务服务中心',
  acceptingUnitCode: '11410422MB1234567X',
  state: 'submitted',
  stateEnteredOn: '2026-12-07',
  routedTo: [],
  extended: false,
  history: [
    {
      event: 'submit',
      at: '2026-12-07T09:00:00.000+08:00',
      on: '2026-12-07',
      by: '王芳（wangfang）',
      reason: null,
    },
  ],
  decision: null,
  closingReason: null,
  operator: '王芳（wangfang）',
  createdAt: '2026-12-07T09:00:00.000+08:00',
  updatedAt: '2026-12-07T09:00:00.000+08:00',
  version: 1,
  ...patch,
});

export const sampleObjectionDetail = (patch: Partial<ObjectionDetail> = {}): ObjectionDetail => ({
  objection: sampleObjection(),
  subject: objectionCompany,
  countdown: {
    label: '转认定单位',
    deadline: '2026-12-10',
    workingDaysLeft: 3,
    overdue: false,
    atRisk: false,
    uncertain: true,
    notice: '异议处理期限尚待确认（规则表中的默认值），请以认定单位的告知为准',
  },
  targetsNow: [
    {
      targetTable: 'credit_records',
      targetId: 'demo-r-0005',
      title: '行政处罚：未按规定申报纳税',
      statusLabel: '公示中',
      exists: true,
    },
  ],
  conflicts: [],
  pending: true,
  ...patch,
});

/** The same objection decided at the platform: 更正 of the record's 决定文书号, with the reason. */
export const decidedObjectionDetail = (): ObjectionDetail =>
  sampleObjectionDetail({
    objection: sampleObjection({
      state: 'decided',
      stateEnteredOn: '2026-12-15',
      routedTo: ['国家税务总局平顶山市税务局'],
      targets: [
        {
          targetTable: 'credit_records',
          targetId: 'demo-r-0005',
          title: '行政处罚：未按规定申报纳税',
          unit: '国家税务总局平顶山市税务局',
          outcome: 'correct',
          corrections: [
            { field: 'decisionNumber', value: '平税罚〔2025〕12号', previous: '平税罚〔2025〕21号' },
          ],
        },
      ],
      history: [
        {
          event: 'submit',
          at: '2026-12-07T09:00:00.000+08:00',
          on: '2026-12-07',
          by: '王芳（wangfang）',
          reason: null,
        },
        {
          event: 'route',
          at: '2026-12-08T10:00:00.000+08:00',
          on: '2026-12-08',
          by: '沈禾（shenhe）',
          reason: null,
        },
        {
          event: 'decide',
          at: '2026-12-15T16:00:00.000+08:00',
          on: '2026-12-15',
          by: '沈禾（shenhe）',
          reason: '经核查，决定文书号登记有误，予以更正',
        },
      ],
      decision: {
        reason: '经核查，决定文书号登记有误，予以更正',
        decidedOn: '2026-12-15',
        decidedAt: '2026-12-15T16:00:00.000+08:00',
        decidedBy: '沈禾（shenhe）',
        unit: '国家税务总局平顶山市税务局',
      },
      version: 3,
    }),
    countdown: null,
    pending: false,
  });

export const objectionListItem = (patch: Partial<ObjectionListItem> = {}): ObjectionListItem => ({
  id: 'YY-2026-000123',
  subjectName: objectionCompany.name,
  applicantName: '李明',
  targetTitles: ['行政处罚：未按规定申报纳税'],
  grounds: 'error-or-omission',
  state: 'routed',
  createdAt: '2026-12-07T09:00:00.000+08:00',
  countdown: {
    label: '处理',
    deadline: '2026-12-09',
    workingDaysLeft: 1,
    overdue: false,
    atRisk: true,
    uncertain: true,
    notice: null,
  },
  attachments: 2,
  conflict: false,
  pending: false,
  ...patch,
});
