// What an import tells the operator: every bad row by its line in the file with the reason, and what was done.
import type { TextEncodingName } from './decode-text';

export type ImportProblem = {
  /** 1-based line of the file (the header is line 1); a quoted field may make a row span several lines. */
  line: number;
  /** The column, by the name the examples use (决定日期 …), when the problem is in one column. */
  field?: string;
  /** Stable English code for programs. */
  code: string;
  /** Chinese, for the operator. */
  message: string;
};

export type ImportReport = {
  encoding: TextEncodingName | 'text';
  /** Data rows in the file (blank lines not counted). */
  total: number;
  /** Credit records written (all or nothing: 0 when the import failed). */
  imported: number;
  /** Good rows the platform already held identically (a file imported twice), or repeated identically in the file. */
  unchanged: number;
  /** Subjects created for identifiers the platform did not know. */
  createdSubjects: number;
  /** Distinct lines with at least one problem. */
  badRows: number;
  bad: ImportProblem[];
  /** Not errors: columns ignored, names that differ from the platform's, … */
  warnings: ImportProblem[];
  /** Validated and rehearsed in a transaction that was then rolled back. */
  dryRun: boolean;
  /** Set when nothing was imported although there were good rows, or the file could not be read at all. */
  failed?: { code: string; message: string };
};

export const emptyReport = (encoding: ImportReport['encoding'], dryRun: boolean): ImportReport => ({
  encoding,
  total: 0,
  imported: 0,
  unchanged: 0,
  createdSubjects: 0,
  badRows: 0,
  bad: [],
  warnings: [],
  dryRun,
});
