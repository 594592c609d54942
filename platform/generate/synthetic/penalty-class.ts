// Synthetic data only (the city generator and the demo data set): the 失信程度 and 处罚程序 a department would
// report for a generated sanction, so that the data exercise every grade and both procedures. Not a rule the
// app applies: real records carry what the deciding department reported.

export type PenaltyClass = {
  severity: 'minor' | 'general' | 'serious';
  procedure: 'simple' | 'ordinary';
};

const FINE = /罚款人民币(\d+)元/u;
// Measures no 当场 (简易程序) decision can impose, and those the demo treats as grave.
const NOT_ON_THE_SPOT = /没收|吊销|停产停业|限制生产|停止施工|停止建设|停止经营|停止发布/u;
const GRAVE = /吊销|停产停业|限制生产/u;

/**
 * 简易程序: a 警告, or a fine up to 200 yuan for a person and 3,000 yuan for an organisation, and nothing else
 * (行政处罚法 第五十一条, as the generator reads it). 严重: a fine of 200,000 yuan or more, or a licence revoked
 * or production restricted; 轻微: what 简易程序 decides; 一般: the rest.
 */
export function penaltyClassOf(sanction: string, naturalPerson: boolean): PenaltyClass {
  const fine = Number(FINE.exec(sanction)?.[1] ?? Number.NaN);
  const warningOnly = sanction.trim() === '警告';
  const spotLimit = naturalPerson ? 200 : 3000;
  const simple = warningOnly || (!NOT_ON_THE_SPOT.test(sanction) && fine <= spotLimit);
  if (GRAVE.test(sanction) || fine >= 200_000) return { severity: 'serious', procedure: 'ordinary' };
  if (simple) return { severity: 'minor', procedure: 'simple' };
  return { severity: 'general', procedure: 'ordinary' };
}
