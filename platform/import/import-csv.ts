// 数据归集: a department's CSV of 行政许可 and 行政处罚 decisions (双公示) into the platform. Every row is
// checked; bad rows are reported by line with the reason and never stop the good ones; the good ones are
// written in one transaction, all or nothing.
import type { Db } from '../../node-shared/db/connection';
import { resolveHeader } from './columns';
import { parseCsv } from './csv';
import { decodeText } from './decode-text';
import { emptyReport, type ImportProblem, type ImportReport } from './import-report';
import { currentRuleTable } from '../rules/rule-tables';
import type { RecordRules } from '../../shared/records/record-rules';
import { asHeld, fillsIn, heldRecords, sameRecord } from './platform-records';
import { validateRow, type ValidRow } from './validate-row';
import { writeRows } from './write-rows';
import { beijingDay } from '../../shared/time';

export type ImportOptions = {
  /**
   * The reporting department (报送部门). It keys the record ids with the decision number; without it each
   * row's 决定机关 does.
   */
  department?: string;
  /** Check and rehearse the writes, then roll them back. */
  dryRun?: boolean;
  /** The clock: decision dates after its local day are refused. */
  now?: () => Date;
  /** 领域 names and the records that are no basis; by default the platform's record-rules table. */
  recordRules?: RecordRules;
};

const fail = (report: ImportReport, code: string, message: string): ImportReport => ({
  ...report,
  failed: { code, message },
});

const byLine = (a: ImportProblem, b: ImportProblem): number => a.line - b.line;

export function importCsv(db: Db, input: string | Uint8Array, options: ImportOptions = {}): ImportReport {
  const dryRun = options.dryRun ?? false;
  const now = (options.now ?? (() => new Date()))();

  let text = typeof input === 'string' ? input : '';
  let report = emptyReport('text', dryRun);
  if (typeof input !== 'string') {
    const decoded = decodeText(input);
    if (!decoded.ok) return fail(report, decoded.code, decoded.message);
    text = decoded.text;
    report = emptyReport(decoded.encoding, dryRun);
  }

  const parsed = parseCsv(text);
  if (parsed.fatal !== null) return fail(report, `csv-${parsed.fatal.code}`, parsed.fatal.message);
  const [headerRecord, ...records] = parsed.records;
  if (headerRecord === undefined) return fail(report, 'empty-file', '文件为空：没有表头，也没有数据行。');
  const header = resolveHeader(headerRecord.fields);
  if (!header.ok) return fail(report, header.problem.code, header.problem.message);
  const warnings: ImportProblem[] = header.unknown.map((name) => ({
    line: headerRecord.line,
    field: name,
    code: 'unknown-column',
    message: `未识别的列「${name}」，已忽略。`,
  }));

  // Rows of nothing but commas are what Excel leaves below a table: blank, like empty lines.
  const rows = records.filter((record) => record.fields.some((field) => field.trim() !== ''));
  report = { ...report, total: rows.length };
  if (rows.length === 0) return fail({ ...report, warnings }, 'no-rows', '文件中只有表头，没有数据行。');

  const bad: ImportProblem[] = [];
  const valid: ValidRow[] = [];
  const rules = options.recordRules ?? currentRuleTable(db, 'record-rules');
  if (rules === null)
    return fail(
      { ...report, warnings },
      'rules-missing',
      '市平台尚未载入规则表“失信信息领域与认定依据”（record-rules），无法识别领域和不作为依据的记录；请先启动一次市平台（或用 --set-rule 载入）后再导入。',
    );
  const context = { indexOf: header.indexOf, width: header.width, today: beijingDay(now), now, rules };
  for (const record of rows) {
    const checked = validateRow(record, context);
    if (checked.ok) {
      valid.push(checked.row);
      warnings.push(...checked.warnings);
    } else bad.push(...checked.problems);
  }

  // A decision number appears once: a repeat is harmless when identical, a conflict otherwise.
  let unchanged = 0;
  const firstLine = new Map<string, ValidRow>();
  const distinct: ValidRow[] = [];
  for (const row of valid) {
    const first = firstLine.get(row.decisionNumber);
    if (first === undefined) {
      firstLine.set(row.decisionNumber, row);
      distinct.push(row);
    } else if (sameRecord(row, asHeld(first))) {
      unchanged += 1;
      warnings.push({
        line: row.line,
        field: '决定文书号',
        code: 'repeated-row',
        message: `与第${first.line}行完全相同，已按一条记录处理。`,
      });
    } else {
      bad.push({
        line: row.line,
        field: '决定文书号',
        code: 'duplicate-in-file',
        message: `决定文书号「${row.decisionNumber}」与第${first.line}行重复，但内容不同；同一文书号只能报送一条记录。`,
      });
    }
  }

  // The same against what the platform already holds: a file imported twice changes nothing.
  const held = heldRecords(
    db,
    distinct.map((row) => row.decisionNumber),
  );
  const toWrite: ValidRow[] = [];
  for (const row of distinct) {
    const sameNumber = held.get(row.decisionNumber);
    if (sameNumber === undefined) toWrite.push(row);
    else if (sameNumber.some((record) => sameRecord(row, record))) unchanged += 1;
    else if (sameNumber.some((record) => fillsIn(row, record))) {
      toWrite.push(row);
      warnings.push({
        line: row.line,
        field: '决定文书号',
        code: 'classification-added',
        message: '平台已有该记录，本次补充了其失信程度、领域或处罚程序中原来为空的项目。',
      });
    } else {
      bad.push({
        line: row.line,
        field: '决定文书号',
        code: 'decision-number-taken',
        message: `平台已有决定文书号为「${row.decisionNumber}」的记录，且内容与本行不同；如需更正已公示的记录，请联系平台管理员。`,
      });
    }
  }

  bad.sort(byLine);
  warnings.sort(byLine);
  report = { ...report, unchanged, bad, badRows: new Set(bad.map((problem) => problem.line)).size };
  if (toWrite.length === 0) return { ...report, warnings };
  try {
    const outcome = writeRows(db, toWrite, {
      now,
      dryRun,
      ...(options.department === undefined ? {} : { department: options.department }),
    });
    return {
      ...report,
      imported: outcome.imported,
      createdSubjects: outcome.createdSubjects,
      warnings: [...warnings, ...outcome.warnings].sort(byLine),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      { ...report, warnings },
      'write-failed',
      `写入时出错，已全部回滚，本次没有导入任何记录（包括此前已通过校验的行）：${reason}`,
    );
  }
}
