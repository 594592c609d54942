// List entries: red lists, serious-failure lists and the abnormal-operation list, each with the records that go
// with it.
import type { ListEntry, Subject } from '../../shared/domain/subject.ts';
import { AS_OF } from './config.ts';
import { listEntries, nextEntryId } from './data-set.ts';
import {
  addDays,
  addYears,
  CITY_MSA,
  DEBTOR_GROUNDS,
  dayInMonth,
  pad,
  regionOf,
  TAX_BUREAU,
  yearOf,
} from '../../platform/generate/synthetic/index.ts';
import { caseNumber, docNumber } from './document-numbers.ts';
import { addGrade, taxCreditRow } from './grades.ts';
import { between, chance, draw, int, pick } from './draws.ts';
import { addOtherRecord, addPenalty } from './records.ts';

export type EntryOptions = {
  listedOn: string;
  listingUnit: string;
  reason: string;
  documentNumber: string | null;
  expiresOn: string | null;
  removedOn?: string | null;
};
export function addEntry(subject: Subject, listType: string, o: EntryOptions): ListEntry {
  const entry: ListEntry = {
    id: nextEntryId(),
    subjectId: subject.id,
    listType,
    listedOn: o.listedOn,
    listingUnit: o.listingUnit,
    reason: o.reason,
    documentNumber: o.documentNumber,
    expiresOn: o.expiresOn,
    removedOn: o.removedOn ?? null,
    status: o.removedOn ? 'removed' : 'active',
  };
  listEntries.push(entry);
  return entry;
}

// Red lists ------------------------------------------------------------------------------------------------------

export function listATaxpayer(subject: Subject, evaluationYear: number): void {
  // The A-grade list of a tax year is published in April of the next year and used until the next list.
  const listedOn = dayInMonth(draw, `${evaluationYear + 1}-04`, 10);
  addEntry(subject, 'A_TAXPAYER', {
    listedOn,
    listingUnit: TAX_BUREAU,
    reason: `${evaluationYear}年度纳税信用评价结果为A级`,
    documentNumber: null,
    expiresOn: `${evaluationYear + 2}-04-30`,
  });
  // The level itself is a grade result under the 纳税信用 scheme (an industry grade), not a credit record.
  addGrade(subject, taxCreditRow('A', evaluationYear, listedOn));
}

export function listContractCredit(subject: Subject, year: number): void {
  const listedOn = dayInMonth(draw, `${year}-${pad(int(5, 11), 2)}`);
  addEntry(subject, 'CONTRACT_CREDIT_ENTERPRISE', {
    listedOn,
    listingUnit: CITY_MSA,
    reason: `${year - 2}—${year - 1}年度守合同重信用企业公示`,
    documentNumber: null,
    expiresOn: addYears(listedOn, 2),
  });
  addOtherRecord(
    subject,
    'honor',
    '守合同重信用企业',
    `列入${year - 2}—${year - 1}年度守合同重信用企业公示名单。`,
    CITY_MSA,
    listedOn,
  );
}

export function listCustoms(subject: Subject): void {
  const listedOn = between('2022-01-01', '2025-12-31');
  addEntry(subject, 'CUSTOMS_ADVANCED_CERTIFIED', {
    listedOn,
    listingUnit: '郑州海关',
    reason: '经海关认证为高级认证企业（AEO高级认证）',
    documentNumber: null,
    expiresOn: null,
  });
  addOtherRecord(subject, 'honor', '海关高级认证企业', '企业信用等级：高级认证企业。', '郑州海关', listedOn);
}

// Serious-failure lists ------------------------------------------------------------------------------------------

export function listDebtor(subject: Subject, listedOn: string, removedOn: string | null = null): ListEntry {
  const court = chance(0.2) ? regionOf('410400') : regionOf(subject.regionCode);
  // An active entry must not have run out by AS_OF: long-listed debtors are the ones without a term.
  const grounds = pick(
    DEBTOR_GROUNDS.filter(
      (g) => removedOn !== null || g.termYears === null || addYears(listedOn, g.termYears) > AS_OF,
    ),
  );
  const year = yearOf(listedOn) - (chance(0.4) ? 1 : 0);
  const number = caseNumber(court.courtCode, year);
  const amount = subject.kind === 'natural-person' ? int(3, 60) * 1000 : int(5, 400) * 10000;
  const expiresOn = grounds.termYears === null ? null : addYears(listedOn, grounds.termYears);
  const entry = addEntry(subject, 'DISHONEST_JUDGMENT_DEBTOR', {
    listedOn,
    listingUnit: court.court,
    reason: grounds.reason,
    documentNumber: number,
    expiresOn,
    removedOn,
  });
  addOtherRecord(
    subject,
    'judicial',
    removedOn ? '失信被执行人信息（已删除）' : '失信被执行人信息',
    `执行案号${number}；执行法院${court.court}；失信情形：${grounds.reason}；生效法律文书确定的义务：给付人民币${amount}元${removedOn ? `；已于${removedOn}履行完毕并删除失信信息` : ''}。`,
    court.court,
    listedOn,
    number,
    removedOn ?? expiresOn,
    removedOn ? 'unpublished' : 'published',
  );
  return entry;
}

export function listMajorTax(subject: Subject, listedOn: string, removedOn: string | null = null): void {
  const decisionOn = addDays(listedOn, -int(20, 90));
  const number = docNumber('平税稽罚', yearOf(decisionOn));
  addEntry(subject, 'MAJOR_TAX_VIOLATION', {
    listedOn,
    listingUnit: '国家税务总局平顶山市税务局稽查局',
    reason: pick(['偷税，查补税款金额100万元以上且占应纳税额10%以上', '虚开增值税专用发票', '逃避追缴欠税']),
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
    removedOn,
  });
  addPenalty(
    subject,
    {
      department: '国家税务总局平顶山市税务局稽查局',
      prefix: '平税稽罚',
      act: '少缴应纳税款',
      law: '《中华人民共和国税收征收管理法》',
      domain: 'taxation',
      sanctions: ['追缴税款，处少缴税款百分之五十的罚款', '追缴税款，处少缴税款一倍的罚款'],
    },
    decisionOn,
    {
      decisionNumber: number,
      publicationYears: 3,
      status: removedOn ? 'repaired' : 'published',
      severity: 'serious',
    },
  );
}

export function listProcurement(subject: Subject, listedOn: string, years: number): void {
  const decisionOn = addDays(listedOn, -int(5, 30));
  const number = docNumber('平财购罚', yearOf(decisionOn));
  addEntry(subject, 'GOV_PROCUREMENT_SERIOUS_VIOLATION', {
    listedOn,
    listingUnit: '平顶山市财政局',
    reason: pick([
      '提供虚假材料谋取中标、成交',
      '与采购人、其他供应商恶意串通',
      '拒绝有关部门监督检查或者提供虚假情况',
    ]),
    documentNumber: number,
    expiresOn: addYears(listedOn, years),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市财政局',
      prefix: '平财购罚',
      act: '政府采购活动中提供虚假材料谋取中标',
      law: '《中华人民共和国政府采购法》',
      domain: 'public-procurement',
      sanctions: [`处采购金额千分之五的罚款，列入不良行为记录名单，${years}年内禁止参加政府采购活动`],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published', severity: 'serious' },
  );
}

export function listWageArrears(subject: Subject, listedOn: string): void {
  const decisionOn = addDays(listedOn, -int(15, 60));
  const number = docNumber('平人社监罚', yearOf(decisionOn));
  addEntry(subject, 'WAGE_ARREARS_DISHONEST', {
    listedOn,
    listingUnit: '平顶山市人力资源和社会保障局',
    reason: '克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准，经责令限期支付逾期未支付',
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市人力资源和社会保障局',
      prefix: '平人社监罚',
      act: '拖欠农民工工资逾期未支付',
      law: '《保障农民工工资支付条例》',
      domain: 'labour',
      sanctions: ['责令限期支付被拖欠的农民工工资，加付赔偿金'],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published', severity: 'serious' },
  );
}

export function listWorkSafety(subject: Subject, listedOn: string): void {
  const decisionOn = addDays(listedOn, -int(15, 60));
  const number = docNumber('平应急罚', yearOf(decisionOn));
  addEntry(subject, 'WORK_SAFETY_SERIOUS_DISHONEST', {
    listedOn,
    listingUnit: '平顶山市应急管理局',
    reason: '发生生产安全责任事故受到行政处罚，性质恶劣、情节严重',
    documentNumber: number,
    expiresOn: addYears(listedOn, 3),
  });
  addPenalty(
    subject,
    {
      department: '平顶山市应急管理局',
      prefix: '平应急罚',
      act: '对生产安全事故负有责任',
      law: '《中华人民共和国安全生产法》',
      domain: 'work-safety',
      sanctions: ['罚款人民币500000元', '罚款人民币800000元'],
    },
    decisionOn,
    { decisionNumber: number, publicationYears: 3, status: 'published', severity: 'serious' },
  );
}

// Abnormal operation -----------------------------------------------------------------------------------------------

export function listAbnormal(subject: Subject, listedOn: string, removedOn: string | null = null): void {
  const r = regionOf(subject.regionCode);
  const reason =
    subject.kind === 'individual-business'
      ? '未按规定报送年度报告'
      : pick([
          '未按规定期限公示年度报告',
          '通过登记的住所或者经营场所无法联系',
          '未在责令的期限内公示有关企业信息',
        ]);
  addEntry(subject, 'ABNORMAL_OPERATION', {
    listedOn,
    listingUnit: r.marketRegulator,
    reason,
    documentNumber: docNumber(`${r.abbreviation}市监异`, yearOf(listedOn)),
    expiresOn: null,
    removedOn,
  });
}
