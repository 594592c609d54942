// An RFC 4180 CSV parser: comma-separated fields, records ending in CRLF (LF and a lone CR accepted too),
// fields in double quotes may hold commas, line breaks and doubled quotes (""). Each record keeps the line on
// which it starts, so a report can name the line an operator sees in a text editor even when a quoted field
// spans several lines.

export type CsvRecordProblem = { code: 'text-after-quote'; message: string };

export type CsvRecord = {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
  /** Set when the record broke the quoting rules in a way that still leaves its boundaries certain. */
  problem?: CsvRecordProblem;
};

/** A problem that makes every later record boundary uncertain: the whole file is refused. */
export type CsvFatal = { code: 'unterminated-quote'; line: number; message: string };

export type CsvParse = { records: CsvRecord[]; fatal: CsvFatal | null };

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

type State = 'field-start' | 'unquoted' | 'quoted' | 'after-quote';

/**
 * Parses CSV text (a leading BOM is dropped). Blank lines are skipped (they still count as lines). A quote
 * inside an unquoted field is kept as a character, as Excel does; text after a closing quote is kept too but
 * marks the record, because the writer meant something the file does not say.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let state: State = 'field-start';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let quotedInRecord = false;
  let problem: CsvRecordProblem | undefined;

  const endRecord = (): void => {
    fields.push(field);
    // A blank line is one empty, unquoted field: no record at all. ("" on a line of its own is a record.)
    const blank = fields.length === 1 && fields[0] === '' && !quotedInRecord;
    if (!blank)
      records.push(
        problem === undefined ? { line: recordLine, fields } : { line: recordLine, fields, problem },
      );
    fields = [];
    field = '';
    state = 'field-start';
    quotedInRecord = false;
    problem = undefined;
  };

  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (state === 'quoted') {
      if (code === QUOTE) {
        if (text.charCodeAt(index + 1) === QUOTE) {
          field += '"';
          index += 1;
        } else state = 'after-quote';
      } else {
        // Line breaks inside quotes are data, kept as written; they still move the line count.
        if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) line += 1;
        field += text.charAt(index);
      }
      continue;
    }
    if (code === COMMA) {
      fields.push(field);
      field = '';
      state = 'field-start';
      continue;
    }
    if (code === CR || code === LF) {
      if (code === CR && text.charCodeAt(index + 1) === LF) index += 1;
      line += 1;
      endRecord();
      recordLine = line;
      continue;
    }
    if (state === 'field-start' && code === QUOTE) {
      state = 'quoted';
      quotedInRecord = true;
      quoteLine = line;
      continue;
    }
    if (state === 'after-quote') {
      problem ??= {
        code: 'text-after-quote',
        message:
          '引号外还有多余字符：字段以引号开头时，结束引号后应紧跟逗号或换行；字段内的引号应写成两个引号（""）。',
      };
      state = 'unquoted';
    } else if (state === 'field-start') state = 'unquoted';
    field += text.charAt(index);
  }

  if (state === 'quoted') {
    return {
      records,
      fatal: {
        code: 'unterminated-quote',
        line: quoteLine,
        message: `第${quoteLine}行开始的带引号字段没有结束引号，其后各行无法确定边界；请检查该字段中的引号是否成对（字段内的引号应写成两个引号）。`,
      },
    };
  }
  // The last record when the file does not end with a line break.
  if (state !== 'field-start' || field !== '' || fields.length > 0) endRecord();
  return { records, fatal: null };
}
