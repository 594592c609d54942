// The import report as an operator reads it in a terminal: a summary, then one table row per problem. CJK
// characters take two columns in a terminal, so the table pads by display width, not by string length.
import type { ImportProblem, ImportReport } from './import-report';

const ENCODING_NAMES: Readonly<Record<ImportReport['encoding'], string>> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030（GBK）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  text: '文本',
};

// East Asian wide and full-width ranges (CJK, Hangul, kana, full-width forms, CJK punctuation).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (text: string): number =>
  Array.from(text).reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

const padTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function table(title: string, problems: readonly ImportProblem[]): string[] {
  if (problems.length === 0) return [];
  const rows = problems.map((problem) => [
    String(problem.line),
    problem.field ?? '—',
    problem.code,
    problem.message,
  ]);
  const head = ['行号', '列', '代码', '说明'];
  const widths = [0, 1, 2].map((column) =>
    Math.max(displayWidth(head[column] ?? ''), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < 3 ? padTo(cell, widths[column] ?? 0) : cell)).join('  ');
  return [
    '',
    `${title}（${problems.length}）`,
    line(head),
    line(widths.map((width) => '-'.repeat(width)).concat('----')),
    ...rows.map(line),
  ];
}

export function formatReport(report: ImportReport, file?: string): string {
  const lines = [
    `数据归集导入报告${file === undefined ? '' : `：${file}`}${report.dryRun ? '（试运行，未写入）' : ''}`,
  ];
  if (report.failed !== undefined) lines.push(`导入失败 [${report.failed.code}]：${report.failed.message}`);
  lines.push(
    `  文件编码    ${ENCODING_NAMES[report.encoding]}`,
    `  数据行      ${report.total}`,
    `  ${report.dryRun ? '可导入' : '已导入'}      ${report.imported}`,
    `  未变化      ${report.unchanged}（平台已有相同记录，或文件内重复的相同行）`,
    `  新建主体    ${report.createdSubjects}`,
    `  问题行      ${report.badRows}`,
  );
  lines.push(...table('问题行明细', report.bad), ...table('提示', report.warnings));
  return lines.join('\n');
}
