// Added last, so that every subject and record generated before keeps its id: two natural persons with a
// penalty each — one decided under 简易程序 (not a basis for 联合惩戒, 河南条例: left out of checks, the
// commitment route, reports and repair), one under 普通程序 (an ordinary record) to set beside it.
import { note } from './data-set.ts';
import { PENALTIES } from '../../platform/generate/synthetic/index.ts';
import { addPenalty } from './records.ts';
import { addPerson } from './subjects.ts';

export function addProcedureExamples(): void {
  const onTheSpot = addPerson();
  addPenalty(onTheSpot, PENALTIES.streetStall, '2026-09-14', {
    publicationYears: 1,
    status: 'published',
  });
  note(
    '自然人·简易程序处罚',
    onTheSpot,
    '简易程序作出的行政处罚依河南条例不作为联合惩戒依据：核查不列出、不限制告知承诺、信用报告不显示',
  );
  const ordinary = addPerson();
  addPenalty(ordinary, PENALTIES.sandMiningFine, '2026-08-20', {
    publicationYears: 1,
    status: 'published',
  });
  note('自然人·普通程序处罚', ordinary, '同为自然人，普通程序作出的一般失信处罚照常显示，可申请信用修复');
}
