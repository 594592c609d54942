import type { InspectionDrawRecord } from '../domain/inspection';
import type { InspectionResultRecord } from '../domain/inspection-result';

// A small draw and its results for the pure tests: two drawn subjects (a company and a natural person) of three.

const inspector = (id: string, name: string, department: string) => ({
  id,
  name,
  badge: `演示${id}`,
  department,
});

export const fixtureDraw: InspectionDrawRecord = {
  id: 'draw-1',
  number: 'SJ20261127-410402-ABCDEF12',
  drawnAt: '2026-11-27T09:30:00.000+08:00',
  actor: '赵敏（zhaomin）',
  regionCode: '410402',
  regionName: '新华区',
  matterCode: 'PDS-XK-002',
  matterName: '食品经营许可',
  matterCategory: 'licensing',
  seed: 'PDS-2026',
  seedSource: 'given',
  ratios: {
    version: '1',
    basis: '示例',
    confirmed: false,
    grades: [
      { grade: 'A', label: '低风险', ratio: { min: 0, max: 0.05 } },
      { grade: 'ungraded', label: '未分类', ratio: 0.5 },
    ],
  },
  rosterVersion: 'demo-1',
  rosterDemo: true,
  chosenRatios: {},
  inspectorsPerSubject: 2,
  pool: [
    {
      id: 's1',
      name: '平顶山市鹰城食品有限公司',
      identifierMasked: '91410402MA00000017',
      kind: 'legal-person',
      regionCode: '410402',
      grade: 'A',
      inspectorIds: ['i1', 'i2', 'i3'],
    },
    {
      id: 's2',
      name: '冯志亚',
      identifierMasked: '110105********002X',
      kind: 'natural-person',
      regionCode: '410402',
      grade: null,
      inspectorIds: ['i1', 'i2'],
    },
    {
      id: 's3',
      name: '平顶山市湛河餐饮店',
      identifierMasked: '92410402MA00000031',
      kind: 'individual-business',
      regionCode: '410402',
      grade: null,
      inspectorIds: ['i1', 'i2'],
    },
  ],
  poolHash: 'a'.repeat(64),
  inspectors: [
    inspector('i1', '戚澜清', '新华区市场监督管理局'),
    inspector('i2', '晏沐泓', '新华区市场监督管理局'),
    inspector('i3', '甄樾青', '平顶山市市场监督管理局'),
  ],
  result: {
    seed: 'PDS-2026',
    algorithm: 'cyrb128-sfc32-v1/fisher-yates-by-id/ceil',
    ratiosVersion: '1',
    inspectorsPerSubject: 2,
    picked: [
      { subjectId: 's1', grade: 'A', subjectGrade: 'A', inspectorIds: ['i2', 'i1'] },
      { subjectId: 's2', grade: 'ungraded', subjectGrade: null, inspectorIds: ['i1', 'i2'] },
    ],
    perGrade: [
      { grade: 'A', label: '低风险', population: 1, ratio: 0.05, drawn: 1 },
      { grade: 'ungraded', label: '未分类', population: 2, ratio: 0.5, drawn: 1 },
    ],
    unmatchedGrades: [],
  },
};

export const fixtureResult = (patch: Partial<InspectionResultRecord> = {}): InspectionResultRecord => ({
  id: 'r1',
  drawId: 'draw-1',
  drawNumber: fixtureDraw.number,
  subjectId: 's1',
  revision: 1,
  correctsId: null,
  correctionReason: null,
  inspectedOn: '2026-12-01',
  inspectors: [fixtureDraw.inspectors[1], fixtureDraw.inspectors[0]].flatMap((entry) =>
    entry === undefined ? [] : [entry],
  ),
  substitutionReason: null,
  outcome: { code: 'no-problem', label: '未发现问题', problemFound: false },
  outcomesVersion: '1',
  outcomesConfirmed: false,
  handling: null,
  recordedAt: '2026-12-01T16:00:00.000+08:00',
  recordedBy: '赵敏（zhaomin）',
  ...patch,
});
