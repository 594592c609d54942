// Notable subjects, added first so that their ids stay stable for the table in resources/demo/README.md.
import { note } from './data-set.ts';
import { SHOPS } from './industries.ts';
import {
  listATaxpayer,
  listAbnormal,
  listContractCredit,
  listCustoms,
  listDebtor,
  listMajorTax,
  listProcurement,
  listWageArrears,
  listWorkSafety,
} from './list-entries.ts';
import { LICENCES, PENALTIES } from '../../platform/generate/synthetic/index.ts';
import { addLicence, addPenalty } from './records.ts';
import { addCompany, addPerson, addShop } from './subjects.ts';

export function addNotableSubjects(): void {
  // Two suppliers on the 政府采购严重违法失信行为记录名单.
  const procurementA = addCompany({
    industry: 'trade',
    regionCode: '410402',
    registeredFrom: '2012-01-01',
    registeredTo: '2019-12-31',
    riskClass: 'C',
  });
  listProcurement(procurementA, '2025-09-16', 3);
  note(
    '政府采购严重违法失信',
    procurementA,
    '政府采购类事项命中惩戒；行政许可类事项仅提示、不适用该名单的采购措施',
  );
  const procurementB = addCompany({
    industry: 'supplyChain',
    regionCode: '410422',
    registeredFrom: '2016-01-01',
    registeredTo: '2021-12-31',
    riskClass: 'D',
  });
  listProcurement(procurementB, '2026-03-05', 1);
  note('政府采购严重违法失信', procurementB, '第二家列入政府采购严重违法失信名单的企业（禁止期1年）');

  // Red-list company, no negative information.
  const redOnly = addCompany({
    industry: 'newMaterials',
    regionCode: '410471',
    registeredFrom: '2010-01-01',
    registeredTo: '2016-06-30',
    riskClass: 'A',
  });
  listATaxpayer(redOnly, 2025);
  listContractCredit(redOnly, 2025);
  note('红名单（守信激励）', redOnly, 'A级纳税人＋守合同重信用企业；行政许可类事项可适用容缺受理、绿色通道');

  // Red and serious at once (conflict cases).
  const conflictA = addCompany({
    industry: 'construction',
    regionCode: '410411',
    registeredFrom: '2005-01-01',
    registeredTo: '2012-12-31',
    riskClass: 'B',
  });
  listContractCredit(conflictA, 2025);
  listDebtor(conflictA, '2026-06-18');
  note('红名单＋严重失信（冲突）', conflictA, '守合同重信用企业，同时为失信被执行人');
  const conflictB = addCompany({
    industry: 'machinery',
    regionCode: '410482',
    registeredFrom: '2008-01-01',
    registeredTo: '2014-12-31',
    riskClass: 'B',
  });
  listCustoms(conflictB);
  listWageArrears(conflictB, '2025-12-08');
  note(
    '红名单＋严重失信（冲突）',
    conflictB,
    '海关高级认证企业，同时列入拖欠农民工工资失信联合惩戒对象名单：办理建筑工程施工许可不予绿色通道、容缺受理（规则1）',
  );
  const conflictC = addCompany({
    industry: 'chemical',
    regionCode: '410423',
    registeredFrom: '2006-01-01',
    registeredTo: '2013-12-31',
    riskClass: 'C',
  });
  listATaxpayer(conflictC, 2025);
  listWorkSafety(conflictC, '2026-08-20');
  note(
    '红名单＋严重失信（冲突）',
    conflictC,
    'A级纳税人，同时列入安全生产严重失信主体名单：申报财政专项资金不予优先考虑（规则1）',
  );

  // A major tax violator.
  const taxViolator = addCompany({
    industry: 'trade',
    regionCode: '410403',
    registeredFrom: '2014-01-01',
    registeredTo: '2020-12-31',
    riskClass: 'D',
  });
  listMajorTax(taxViolator, '2025-05-26');
  note('重大税收违法失信主体', taxViolator, '政府采购、行政许可、财政资金等多类事项均有对应惩戒措施');

  // An enterprise on the abnormal-operation list only.
  const abnormalCompany = addCompany({
    industry: 'it',
    regionCode: '410402',
    registeredFrom: '2017-01-01',
    registeredTo: '2022-12-31',
    riskClass: 'C',
  });
  listAbnormal(abnormalCompany, '2025-07-02');
  note(
    '经营异常名录（企业）',
    abnormalCompany,
    '经营异常：行政许可类事项只有“列为重点监管对象”的监管提示，可办理；评先评优等适用限制',
  );

  // An individual business on the abnormal-operation list.
  const abnormalShop = addShop({ shop: SHOPS[1], regionCode: '410422' });
  listAbnormal(abnormalShop, '2025-07-15');
  note(
    '个体工商户·经营异常',
    abnormalShop,
    '个体工商户列入经营异常名录：食品经营许可为“可办理”并显示监管提示，无需反馈（规则2）',
  );

  // A natural person who is a dishonest judgment debtor.
  const debtorPerson = addPerson();
  listDebtor(debtorPerson, '2026-02-11');
  note('自然人·失信被执行人', debtorPerson, '身份证号在界面与打印件上应脱敏显示');

  // A deregistered company with old records only.
  const deregistered = addCompany({
    industry: 'logistics',
    regionCode: '410421',
    registeredFrom: '2003-01-01',
    registeredTo: '2010-12-31',
    status: 'deregistered',
    riskClass: null,
  });
  addLicence(deregistered, LICENCES.transport, '2019-04-12');
  addPenalty(deregistered, PENALTIES.vehicle, '2021-09-03');
  note('已注销企业', deregistered, '登记状态为注销，核查结果应转人工研判');

  // Three legacy codes whose USCC check character is wrong (the org-code check is right).
  for (const [industry, regionCode, from, to] of [
    ['materials', '410481', '2001-01-01', '2006-12-31'],
    ['catering', '410402', '2007-01-01', '2011-12-31'],
    ['agriculture', '410425', '2009-01-01', '2014-12-31'],
  ] as const) {
    const legacy = addCompany({
      industry,
      regionCode,
      registeredFrom: from,
      registeredTo: to,
      legacy: true,
      riskClass: 'B',
    });
    note(
      '历史代码（校验位错误）',
      legacy,
      '统一社会信用代码校验位不通过，组织机构代码校验通过；需记录理由后人工放行',
    );
  }
}
