import type { InspectionDetail, InspectionList, InspectionPool } from '../../../shared/domain/inspection';
import type { InspectionResults } from '../../../shared/domain/inspection-result';
import { fixtureDraw } from '../../../shared/inspection/inspection.fixtures';

// Answers of the core for the 双随机抽查 component tests: the shared fixture draw (shared/inspection) as the pool,
// the draw, the past draws and the results the channels send.

const [first, second] = fixtureDraw.inspectors;
if (first === undefined || second === undefined) throw new Error('the fixture draw names its inspectors');
export const sampleInspectors = fixtureDraw.inspectors;

/** 新华区 · 食品经营许可: grade A may be drawn at 0–5 % (typed), the ungraded at a fixed 50 %. */
export const samplePool = (): InspectionPool => ({
  regionCode: fixtureDraw.regionCode,
  regionName: fixtureDraw.regionName,
  matterCode: fixtureDraw.matterCode,
  matterName: fixtureDraw.matterName,
  matterCategory: fixtureDraw.matterCategory,
  grades: [
    { grade: 'A', label: '低风险', population: 40, min: 0, max: 0.2, expected: 8 },
    { grade: 'ungraded', label: '未分类', population: 2, min: 0.5, max: 0.5, expected: 1 },
  ],
  subjects: fixtureDraw.pool,
  inspectors: fixtureDraw.inspectors,
  ratiosVersion: '1',
  ratiosConfirmed: false,
  rosterVersion: fixtureDraw.rosterVersion,
  rosterDemo: true,
  ratiosSource: 'bundled',
  rosterSource: 'bundled',
  problems: [],
});

export const sampleDetail = (message = '可重现：结果与存档完全一致'): InspectionDetail => ({
  draw: fixtureDraw,
  rows: [
    {
      order: 1,
      subjectName: '平顶山市鹰城食品有限公司',
      identifier: '91410402MA00000017',
      gradeLabel: '低风险',
      inspectors: [second, first],
    },
  ],
  listHash: 'b'.repeat(64),
  replay: { reproduces: true, poolHashMatches: true, checkedAt: '2026-12-06T10:00:00.000+08:00', message },
});

export const samplePast = (): InspectionList => ({
  total: 1,
  items: [
    {
      id: fixtureDraw.id,
      number: fixtureDraw.number,
      drawnAt: fixtureDraw.drawnAt,
      actor: fixtureDraw.actor,
      regionName: fixtureDraw.regionName,
      matterName: fixtureDraw.matterName,
      seed: fixtureDraw.seed,
      poolSize: 3,
      picked: 2,
      ratiosVersion: '1',
    },
  ],
});

/** The fixture draw's one drawn subject, no result yet; drawn 2026-11-27, today 2026-12-06. */
export const sampleResults = (patch: Partial<InspectionResults> = {}): InspectionResults => ({
  drawId: fixtureDraw.id,
  number: fixtureDraw.number,
  taskName: '平顶山市食品经营许可“双随机”抽查',
  regionName: fixtureDraw.regionName,
  matterName: fixtureDraw.matterName,
  drawnAt: fixtureDraw.drawnAt,
  earliestDay: '2026-11-27',
  today: '2026-12-06',
  outcomes: [
    { code: 'no-problem', label: '未发现问题', problemFound: false },
    { code: 'rectification-ordered', label: '发现问题已责令整改', problemFound: true },
  ],
  outcomesVersion: '1',
  outcomesConfirmed: false,
  subjects: [
    {
      order: 1,
      subjectId: 's1',
      subjectName: '平顶山市鹰城食品有限公司',
      identifier: '91410402MA00000017',
      gradeLabel: '低风险',
      drawnInspectors: [second, first],
      eligibleInspectors: fixtureDraw.inspectors,
      current: null,
      history: [],
    },
  ],
  published: [],
  recorded: 0,
  pending: 1,
  ...patch,
});
