// List entries for the rest (only subjects not already used as notable examples)
import { addDays, dayInMonth, minDate, TAX_BUREAU } from '../../platform/generate/synthetic/index.ts';
import {
  addEntry,
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
import { addGrade, taxCreditRow } from './grades.ts';
import { between, chance, draw } from './draws.ts';
import { free, industryIs, isActiveEnterprise, setRiskClass, take } from './selection.ts';

export function addOtherListEntries(): void {
  const enterprises = free(isActiveEnterprise);
  // Red lists: A级纳税人 (≈10 incl. notable), 守合同重信用 (≈7), 海关高级认证 (≈4).
  for (const s of take(enterprises, 7)) {
    setRiskClass(s, ['A']);
    listATaxpayer(s, 2025);
  }
  for (const s of take(enterprises, 4)) {
    setRiskClass(s, ['A', 'B']);
    listContractCredit(s, 2025);
  }
  for (const s of take(enterprises, 3, industryIs('trader'))) {
    setRiskClass(s, ['A']);
    listCustoms(s);
    if (chance(0.5)) listATaxpayer(s, 2025);
  }
  // Serious lists.
  for (const s of take(enterprises, 3)) {
    setRiskClass(s, ['C', 'D']);
    listDebtor(s, between('2024-01-01', '2026-10-15'));
  }
  const shops = free((s) => s.kind === 'individual-business' && s.status === 'active');
  for (const s of take(shops, 1)) listDebtor(s, between('2025-01-01', '2026-09-30'));
  for (const s of take(
    free((s) => s.kind === 'natural-person'),
    3,
  ))
    listDebtor(s, between('2023-06-01', '2026-10-20'));
  for (const s of take(enterprises, 3)) {
    setRiskClass(s, ['D']);
    listMajorTax(s, between('2024-01-01', '2026-06-30'));
  }
  for (const s of take(enterprises, 1, industryIs('supplier'))) {
    setRiskClass(s, ['C', 'D']);
    listProcurement(s, between('2025-01-01', '2026-08-31'), 2);
  }
  for (const s of take(enterprises, 2, industryIs('labourIntensive'))) {
    setRiskClass(s, ['C', 'D']);
    listWageArrears(s, between('2024-03-01', '2026-09-30'));
  }
  for (const s of take(enterprises, 1, industryIs('hazardous'))) {
    setRiskClass(s, ['D']);
    listWorkSafety(s, between('2024-01-01', '2026-09-30'));
  }
  // Abnormal: 9 more enterprises (some revoked ones among them) and 4 more shops.
  const abnormalPool = free(
    (s) => s.kind === 'legal-person' && s.identifier.startsWith('91') && s.status !== 'deregistered',
  );
  for (const s of take(abnormalPool, 9)) {
    if (s.status === 'active') setRiskClass(s, ['C', 'D']);
    listAbnormal(s, between('2022-07-01', '2026-10-20'));
  }
  for (const s of take(
    free((s) => s.kind === 'individual-business' && s.status !== 'deregistered'),
    4,
  )) {
    listAbnormal(s, between('2023-07-01', '2026-10-20'));
  }
  // Removed entries: 8, over several list types.
  for (const s of take(enterprises, 3)) {
    const listedOn = between('2022-01-01', '2024-06-30');
    listAbnormal(s, listedOn, between(addDays(listedOn, 30), addDays(listedOn, 400)));
  }
  for (const s of take(
    free((s) => s.kind === 'natural-person'),
    2,
  )) {
    const listedOn = between('2022-03-01', '2024-12-31');
    listDebtor(s, listedOn, between(addDays(listedOn, 60), minDate(addDays(listedOn, 500), '2026-09-30')));
  }
  for (const s of take(enterprises, 1)) {
    const listedOn = between('2022-06-01', '2023-06-30');
    listDebtor(s, listedOn, between(addDays(listedOn, 90), addDays(listedOn, 600)));
  }
  for (const s of take(enterprises, 1)) {
    const listedOn = between('2022-03-01', '2023-03-31');
    listMajorTax(s, listedOn, between(addDays(listedOn, 400), addDays(listedOn, 900)));
  }
  for (const s of take(enterprises, 1)) {
    // An A-grade taxpayer of an earlier year, removed when the next year's result was lower.
    const listedOn = dayInMonth(draw, '2023-04', 10);
    addEntry(s, 'A_TAXPAYER', {
      listedOn,
      listingUnit: TAX_BUREAU,
      reason: '2022年度纳税信用评价结果为A级',
      documentNumber: null,
      expiresOn: '2024-04-30',
      removedOn: '2024-04-30',
    });
    // Its 纳税信用 A of 2022, valid until 2024-04-30: expired, so never shown as in force.
    addGrade(s, taxCreditRow('A', 2022, listedOn));
  }
}
