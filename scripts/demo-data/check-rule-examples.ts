// Added after every other subject, so all earlier ids stay the same: subjects for the check rules of issue 10
// that the earlier data does not show — a red-list company with an unrepaired false commitment (rule 1), and a
// company whose legal representative is the natural-person judgment debtor of the notable subjects (rule 4).
import type { Subject } from '../../shared/domain/subject.ts';
import { note, records, subjects } from './data-set.ts';
import { addYears } from '../../platform/generate/synthetic/index.ts';
import { listATaxpayer } from './list-entries.ts';
import { addOtherRecord } from './records.ts';
import { addCompany } from './subjects.ts';

const DEBTOR_PERSON_ROLE = 'demo-s-0010';

export function addCheckRuleExamples(): void {
  const falseCommitter = addCompany({ industry: 'construction', regionCode: '410411', riskClass: 'C' });
  listATaxpayer(falseCommitter, 2025);
  addOtherRecord(
    falseCommitter,
    'commitment',
    '虚假承诺（证明事项型）',
    '承诺编码：41041120260803001001；承诺事由：申请建筑业企业资质，以承诺代替提交社保缴纳证明；核查结果：虚假承诺；未履行内容：所承诺的社保缴纳情况与实际不符；违诺责任追究：撤销资质许可',
    '平顶山市住房和城乡建设局',
    '2026-08-03',
    null,
    addYears('2026-08-03', 1),
  );
  const failure = records.at(-1);
  if (failure !== undefined) failure.commitmentFailure = 'false';
  note(
    '红名单＋未修复的虚假承诺',
    falseCommitter,
    'A级纳税人，但有经核查认定、尚未修复的虚假承诺：任何事项均不予守信激励，并不得作出审批替代型、容缺受理型、证明事项型承诺（规则1、8）',
  );

  const debtor = subjects.find((subject) => subject.id === DEBTOR_PERSON_ROLE) as Subject;
  const represented = addCompany({ industry: 'trade', regionCode: '410425', riskClass: 'B' });
  represented.legalRepresentative = debtor.name;
  represented.legalRepresentativeId = debtor.identifier;
  note(
    '法定代表人为失信被执行人',
    represented,
    `法定代表人${debtor.name}（${DEBTOR_PERSON_ROLE}）为失信被执行人：政府采购、招标投标、公共资源交易类事项需人工研判，其他事项显示关联提示（规则4）`,
  );
}
