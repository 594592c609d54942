// The classification columns of a 数据归集 row: 失信程度, 领域 and 处罚程序. Vocabulary as departments write it
// (轻微/一般/严重, 简易/普通, field names); the field names map to domain keys through record-rules.json, the
// same table the repair rules and the window read.
import type { PenaltyProcedure } from '../../shared/domain/subject';
import { domainByName, type RecordRules } from '../../shared/records/record-rules';
import type { Severity } from '../../shared/repair/regime-schema';
import type { ColumnField } from './columns';

const SEVERITIES: Readonly<Record<string, Severity>> = {
  轻微: 'minor',
  轻微失信: 'minor',
  一般: 'general',
  一般失信: 'general',
  严重: 'serious',
  严重失信: 'serious',
};

// 普通程序 is the 行政处罚法's name; 一般程序 is the older one many systems still export.
const PROCEDURES: Readonly<Record<string, PenaltyProcedure>> = {
  简易: 'simple',
  简易程序: 'simple',
  当场处罚: 'simple',
  普通: 'ordinary',
  普通程序: 'ordinary',
  一般程序: 'ordinary',
};

const key = (text: string): string => text.normalize('NFKC').replace(/\s/gu, '');

export type Classification = {
  severity: Severity | null;
  domain: string | null;
  procedure: PenaltyProcedure | null;
};

type Report = (field: ColumnField, code: string, message: string) => void;

/**
 * The three columns of one row, checked: a value outside the vocabulary is a bad row (`bad`); 失信程度 and
 * 处罚程序 on a 行政许可 are ignored with a warning (they describe penalties). Empty cells are null.
 */
export function classify(
  values: { severity: string; domain: string; procedure: string },
  category: 'license' | 'penalty' | undefined,
  rules: RecordRules,
  bad: Report,
  warn: Report,
): Classification {
  let severity: Severity | null = null;
  if (values.severity !== '') {
    const found = SEVERITIES[key(values.severity)];
    if (found === undefined)
      bad(
        'severity',
        'invalid-severity',
        `失信程度「${values.severity}」无法识别，应为“轻微”“一般”或“严重”。`,
      );
    else if (category === 'license')
      warn('severity', 'severity-ignored', '行政许可不是失信信息，不填写失信程度，该列已忽略。');
    else severity = found;
  }
  let procedure: PenaltyProcedure | null = null;
  if (values.procedure !== '') {
    const found = PROCEDURES[key(values.procedure)];
    if (found === undefined)
      bad('procedure', 'invalid-procedure', `处罚程序「${values.procedure}」无法识别，应为“简易”或“普通”。`);
    else if (category === 'license')
      warn('procedure', 'procedure-ignored', '行政许可没有处罚程序，该列已忽略。');
    else procedure = found;
  }
  let domain: string | null = null;
  if (values.domain !== '') {
    const found = domainByName(rules, values.domain);
    if (found === null)
      bad(
        'domain',
        'unknown-domain',
        `领域「${values.domain}」无法识别，可填写：${rules.domains.map((entry) => entry.label).join('、')}。`,
      );
    else domain = found.key;
  }
  return { severity, domain, procedure };
}
