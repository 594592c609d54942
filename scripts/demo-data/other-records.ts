// Routine records, honours, evaluations, commitments
import { riskClassOf, subjects } from './data-set.ts';
import { addYears } from '../../platform/generate/synthetic/index.ts';
import { addGrade, riskClassRow } from './grades.ts';
import { between, chance, pick } from './draws.ts';
import { addOtherRecord, addRoutineRecords } from './records.ts';
import { free, isActiveEnterprise, take } from './selection.ts';

export function addOtherRecords(): void {
  for (const s of subjects) {
    if (s.kind === 'natural-person') continue;
    if (s.kind === 'individual-business') addRoutineRecords(s, 0.8, 0.3);
    else if (s.identifier.startsWith('91')) addRoutineRecords(s, 0.65, 0.45);
    else if (chance(0.5)) {
      const dept = s.identifier.startsWith('52') ? '平顶山市民政局' : '平顶山市机构编制委员会办公室';
      const title = s.identifier.startsWith('52') ? '社会组织年度检查' : '事业单位法人年度报告公示';
      addOtherRecord(
        s,
        'other',
        title,
        `${title}：合格（演示）。`,
        dept,
        between('2024-03-01', '2026-06-30'),
      );
    }
  }
  for (const s of take(free(isActiveEnterprise), 6)) {
    addOtherRecord(
      s,
      'honor',
      pick(['平顶山市文明单位', '平顶山市优秀民营企业', '平顶山市诚信经营示范单位']),
      '授予荣誉称号（演示）。',
      pick(['平顶山市人民政府', '平顶山市精神文明建设委员会', '平顶山市工商业联合会']),
      between('2023-01-01', '2026-06-30'),
    );
  }
  // 企业信用风险分类 results classified earlier than this month: rows of the risk-class scheme, not credit
  // records (a supervision tool, never printed in a credit report).
  for (const s of take(free(isActiveEnterprise), 8)) {
    const riskClass = riskClassOf.get(s.id) ?? 'B';
    riskClassOf.set(s.id, riskClass);
    addGrade(s, riskClassRow(s, riskClass, between('2025-01-01', '2026-10-01')));
  }
  for (const s of take(
    free((s) => s.status === 'active' && s.kind !== 'natural-person'),
    5,
  )) {
    const decisionOn = between('2025-01-01', '2026-10-01');
    addOtherRecord(
      s,
      'commitment',
      '信用承诺（审批替代型）',
      '承诺所填报信息真实有效，如有虚假愿承担相应法律责任并接受失信惩戒；履行状态：全部履行。',
      pick(['平顶山市市场监督管理局', '平顶山市住房和城乡建设局', '平顶山市交通运输局']),
      decisionOn,
      null,
      addYears(decisionOn, 1),
    );
  }
}
