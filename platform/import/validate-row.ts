// One data row of a 数据归集 CSV checked on its own: required fields, the identifier (parseIdentifier, no
// override: a legacy USCC that fails its check is a bad row here, to be corrected at the source), real dates
// not in the future, a known category. Checks against other rows and the platform come later (import-csv).
import { parseIdentifier } from '../../shared/identifiers';
import type { RecordRules } from '../../shared/records/record-rules';
import { COLUMNS, type ColumnField } from './columns';
import type { CsvRecord } from './csv';
import { parseDate } from './dates';
import type { ImportProblem } from './import-report';
import { basisWarnings } from './basis-warnings';
import { classify, type Classification } from './record-classes';

export type SubjectKind = 'legal-person' | 'individual-business' | 'natural-person';

export type ValidRow = {
  line: number;
  name: string;
  identifier: string;
  identifierKind: 'uscc' | 'citizen-id';
  subjectKind: SubjectKind;
  regionCode: string;
  legalRepresentative: string | null;
  category: 'license' | 'penalty';
  title: string;
  content: string;
  sourceDepartment: string;
  decisionNumber: string;
  decisionOn: string;
  publicationEndsOn: string | null;
} & Classification;

export type RowCheck =
  { ok: true; row: ValidRow; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

const CATEGORIES: Readonly<Record<string, ValidRow['category']>> = {
  行政许可: 'license',
  行政处罚: 'penalty',
};

const REGION = /^\d{6}$/;
// The city itself, when neither the identifier nor 地方编码 gives a usable district code.
const CITY_REGION = '410400';

export type RowContext = {
  indexOf: ReadonlyMap<ColumnField, number>;
  width: number;
  /** Today's local calendar day, YYYY-MM-DD. */
  today: string;
  now: Date;
  /** 领域 names and the records that are no basis (record-rules.json, as the platform holds it). */
  rules: RecordRules;
};

export function validateRow(record: CsvRecord, context: RowContext): RowCheck {
  const { line } = record;
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const bad = (field: ColumnField | null, code: string, message: string): void => {
    problems.push(
      field === null ? { line, code, message } : { line, field: COLUMNS[field].label, code, message },
    );
  };

  if (record.problem !== undefined) bad(null, `csv-${record.problem.code}`, record.problem.message);
  if (record.fields.length !== context.width) {
    bad(
      null,
      'column-count',
      `该行有${record.fields.length}列，表头有${context.width}列；请检查是否有未加引号的逗号或缺少的列。`,
    );
    return { ok: false, problems };
  }
  const value = (field: ColumnField): string => {
    const index = context.indexOf.get(field);
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  };
  const required = (field: ColumnField): string => {
    const found = value(field);
    if (found === '') bad(field, 'required', `「${COLUMNS[field].label}」不能为空。`);
    return found;
  };

  const name = required('name');
  const decisionNumber = required('decisionNumber');
  const content = required('content');
  const authority = required('authority');
  const categoryText = required('category');
  const category = CATEGORIES[categoryText];
  if (categoryText !== '' && category === undefined) {
    bad('category', 'unknown-category', `类别「${categoryText}」无法识别，应为“行政许可”或“行政处罚”。`);
  }

  const identifier = checkIdentifier(value('uscc'), value('citizenId'), context.now, bad);

  const decisionText = required('decisionOn');
  let decisionOn: string | null = null;
  if (decisionText !== '') {
    const parsed = parseDate(decisionText);
    if (!parsed.ok) bad('decisionOn', parsed.code, parsed.message);
    else if (parsed.iso > context.today) {
      bad('decisionOn', 'date-future', `决定日期 ${parsed.iso} 晚于今天（${context.today}），请核对。`);
    } else decisionOn = parsed.iso;
  }

  const endsText = value('publicationEndsOn');
  let publicationEndsOn: string | null = null;
  if (endsText !== '') {
    const parsed = parseDate(endsText);
    if (!parsed.ok) bad('publicationEndsOn', parsed.code, parsed.message);
    else if (decisionOn !== null && parsed.iso < decisionOn) {
      bad(
        'publicationEndsOn',
        'ends-before-decision',
        `公示截止期 ${parsed.iso} 早于决定日期 ${decisionOn}。`,
      );
    } else publicationEndsOn = parsed.iso;
  }

  const fine = value('fineAmount').normalize('NFKC');
  if (fine !== '' && !/^\d+(\.\d+)?$/u.test(fine)) {
    bad('fineAmount', 'invalid-amount', `罚款金额「${fine}」应为以万元计的非负数，如 0.5。`);
  }
  const warn = (field: ColumnField, code: string, message: string): void => {
    warnings.push({ line, field: COLUMNS[field].label, code, message });
  };
  const classes = classify(
    { severity: value('severity'), domain: value('domain'), procedure: value('procedure') },
    category,
    context.rules,
    bad,
    warn,
  );
  if (fine !== '' && category === 'license') {
    warnings.push({
      line,
      field: COLUMNS.fineAmount.label,
      code: 'amount-ignored',
      message: '行政许可不填写罚款金额，该列已忽略。',
    });
  }
  const localCode = value('localCode').normalize('NFKC');
  if (localCode !== '' && !REGION.test(localCode)) {
    bad('localCode', 'invalid-local-code', `地方编码「${localCode}」应为6位行政区划代码，如 410402。`);
  }

  if (problems.length > 0 || identifier === null || category === undefined || decisionOn === null) {
    return { ok: false, problems };
  }
  const regionFromIdentifier =
    identifier.kind === 'uscc' ? identifier.value.slice(2, 8) : identifier.value.slice(0, 6);
  const row: ValidRow = {
    line,
    name,
    identifier: identifier.value,
    identifierKind: identifier.kind,
    subjectKind:
      identifier.kind === 'citizen-id'
        ? 'natural-person'
        : identifier.value.startsWith('92')
          ? 'individual-business'
          : 'legal-person',
    regionCode: REGION.test(regionFromIdentifier)
      ? regionFromIdentifier
      : localCode !== ''
        ? localCode
        : CITY_REGION,
    legalRepresentative:
      identifier.kind === 'citizen-id' || value('legalRepresentative') === ''
        ? null
        : value('legalRepresentative'),
    category,
    title: titleOf(category, value('licenceName'), value('penaltyType')),
    content: category === 'penalty' && fine !== '' ? `${content}；罚款金额：${fine}万元` : content,
    sourceDepartment: authority,
    decisionNumber,
    decisionOn,
    publicationEndsOn,
    ...classes,
  };
  return { ok: true, row, warnings: [...warnings, ...basisWarnings(row, context.rules)] };
}

function titleOf(category: ValidRow['category'], licenceName: string, penaltyType: string): string {
  if (category === 'license') return licenceName === '' ? '行政许可' : `行政许可：${licenceName}`;
  return penaltyType === '' ? '行政处罚' : `行政处罚：${penaltyType}`;
}

type Identifier = { kind: 'uscc' | 'citizen-id'; value: string };

function checkIdentifier(
  uscc: string,
  citizenId: string,
  now: Date,
  bad: (field: ColumnField | null, code: string, message: string) => void,
): Identifier | null {
  if (uscc === '' && citizenId === '') {
    bad(
      'uscc',
      'identifier-missing',
      '统一社会信用代码和身份证号须填写其一（法人、非法人组织和个体工商户填写统一社会信用代码，自然人填写身份证号）。',
    );
    return null;
  }
  if (uscc !== '' && citizenId !== '') {
    bad('citizenId', 'identifier-both', '统一社会信用代码和身份证号只能填写其一：一行只记录一个相对人。');
    return null;
  }
  const field: ColumnField = uscc !== '' ? 'uscc' : 'citizenId';
  const expected = field === 'uscc' ? 'uscc' : 'citizen-id';
  const parsed = parseIdentifier(uscc !== '' ? uscc : citizenId, now);
  if (!parsed.ok) {
    // The parser speaks to a clerk at the window (and offers an override for legacy codes); keep its first
    // sentence, the diagnosis, and say what an import needs instead.
    const diagnosis = `${parsed.message.split('。')[0] ?? parsed.message}。`;
    const advice =
      parsed.code === 'checksum' && parsed.kind === 'uscc'
        ? '数据归集不接受未通过校验的代码（包括2016年以前发放的旧代码），请报送部门核实更正后重新报送。'
        : '请核实更正后重新报送。';
    bad(field, `identifier-${parsed.code}`, diagnosis + advice);
    return null;
  }
  if (parsed.kind !== expected) {
    bad(
      field,
      'identifier-kind-mismatch',
      parsed.kind === 'citizen-id'
        ? '「统一社会信用代码」列中填写的是身份证号码，自然人的号码请填在「身份证号」列。'
        : '「身份证号」列中填写的是统一社会信用代码，请填在「统一社会信用代码」列。',
    );
    return null;
  }
  return { kind: parsed.kind, value: parsed.value };
}
