// A synthetic city at the platform: subjects, list entries and credit records written straight into the owned
// tables with positional prepared statements, in transactions of BATCH_ROWS rows. The tables' triggers log every
// row in `changes`, in the same transaction, so the whole city reaches clients through the feed. Rows are built
// one at a time from (seed, number) and never kept, so memory stays flat at any scale.
import type { Db } from '../../node-shared/db/connection';
import { latestSeq } from '../feed/feed.repo';
import { CREDIT_RECORD_COLUMNS, creditRecordValues } from './credit-record-row';
import { GenerateError } from './generate-error';
import { GRADE_COLUMNS, gradeValues } from './grade-row';
import { MAX_SUBJECT_NUMBER } from './synthetic';
import { LIST_ENTRY_COLUMNS, listChoices, listEntryValues, type ListChoices } from './list-entry-row';
import type { ListTypeRow } from './list-templates';
import { tenthsProgress, type ProgressCounts } from './progress';
import { cityCounts, DEFAULT_SEED, type CityCounts } from './scale';
import { ascendingUniforms, type SubjectRange } from './subject-picker';
import { SUBJECT_COLUMNS, subjectValues } from './subject-row';

export type GenerateOptions = {
  /** 1 ≈ 500,000 subjects, 2,000,000 credit records, 50,000 list entries; other scales proportional. */
  scale: number;
  seed?: number;
  /** Where progress lines go; stderr by default. */
  progress?: (line: string) => void;
};

export type GenerateSummary = {
  seed: number;
  scale: number;
  subjects: number;
  listEntries: number;
  creditRecords: number;
  /** Grade results of the generated subjects (subject_grades), 0–3 per subject. */
  grades: number;
  /** Subject numbers skipped because their identifier was already at the platform (demo or imported data). */
  skippedSubjects: number;
  /** Rows added to the change log (one per row written). */
  changes: number;
  /** First and last generated number of each kind (ids g-s-<n>, g-l-<n>, g-r-<n>). */
  numbers: Record<'subjects' | 'listEntries' | 'creditRecords', { first: number; last: number }>;
  seconds: number;
};

/**
 * Rows per transaction: commits are rare enough to cost nothing, and the WAL stays at a few tens of megabytes.
 * A city is not one transaction: if a run stops half-way, the batches before stay (each complete, each in the
 * feed), and the next run continues the numbering after them.
 */
const BATCH_ROWS = 25_000;
const PROGRESS_EVERY = 1_000;

const insertSql = (table: string, columns: readonly string[], suffix = ''): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${suffix}`;

/**
 * The number after the highest generated one of a prefix, so a second run adds to the first. A range on the
 * primary key (g-s- ≤ id < g-s.) reads only generated rows; LIKE would scan the table.
 */
function nextNumber(db: Db, table: string, prefix: string): number {
  const upper = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
  const found = db
    .prepare(
      `SELECT coalesce(max(CAST(substr(id, ${prefix.length + 1}) AS INTEGER)), 0) AS n FROM ${table} WHERE id >= ? AND id < ?`,
    )
    .get(prefix, upper) as { n: number };
  return found.n + 1;
}

function readListTypes(db: Db): ListTypeRow[] {
  const types = db
    .prepare('SELECT code, name, kind, authority FROM list_types ORDER BY code')
    .all() as ListTypeRow[];
  if (types.length === 0) {
    throw new GenerateError(
      'no-list-types',
      '平台数据库中还没有名单类型目录（list_types 为空），无法生成名单条目：请先启动一次平台或加载目录后再生成。',
    );
  }
  return types;
}

/** Runs `step` (returning whether it wrote a row) until `count` rows are written, BATCH_ROWS per transaction. */
function writeInBatches(db: Db, count: number, step: () => boolean, onRows: (written: number) => void): void {
  let written = 0;
  const batch = db.transaction(() => {
    const end = Math.min(count, written + BATCH_ROWS);
    while (written < end) {
      if (step()) {
        written += 1;
        if (written % PROGRESS_EVERY === 0) onRows(written);
      }
    }
  });
  while (written < count) batch();
  onRows(written);
}

export function generateCity(db: Db, options: GenerateOptions): GenerateSummary {
  const startedAt = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new GenerateError('invalid-seed', `种子应为 0–4294967295 之间的整数，当前为 ${String(seed)}`);
  }
  const counts = countsFor(options.scale);
  const choices = listChoices(readListTypes(db));

  // Generated rows can be generated again, so per-commit durability buys nothing here: NORMAL (still
  // crash-consistent in WAL mode) saves the fsync of every commit, about a sixth of the time. Restored below.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return generateRows(db, { seed, scale: options.scale, counts, choices, startedAt }, options.progress);
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
}

type Plan = { seed: number; scale: number; counts: CityCounts; choices: ListChoices; startedAt: number };

function countsFor(scale: number): CityCounts {
  try {
    return cityCounts(scale);
  } catch (error) {
    throw new GenerateError('invalid-scale', error instanceof Error ? error.message : String(error));
  }
}

function generateRows(db: Db, plan: Plan, progressLine?: (line: string) => void): GenerateSummary {
  const { seed, counts, choices, startedAt } = plan;
  const firstSubject = nextNumber(db, 'subjects', 'g-s-');
  const firstEntry = nextNumber(db, 'list_entries', 'g-l-');
  const firstRecord = nextNumber(db, 'credit_records', 'g-r-');
  if (firstSubject + counts.subjects - 1 > MAX_SUBJECT_NUMBER) {
    throw new GenerateError(
      'too-many-subjects',
      `合成主体编号将超过上限 ${MAX_SUBJECT_NUMBER}（已有 ${firstSubject - 1} 个），请减小规模。`,
    );
  }
  const seqBefore = latestSeq(db);
  const write = progressLine ?? ((line: string) => process.stderr.write(`${line}\n`));
  const done: ProgressCounts = { subjects: 0, listEntries: 0, creditRecords: 0 };
  const progress = tenthsProgress(counts, write, startedAt);

  // Subjects. ON CONFLICT DO NOTHING: a generated identifier that demo or imported data already holds is
  // skipped (and remembered, so no entry or record points at it) rather than failing the batch.
  const insertSubject = db.prepare(insertSql('subjects', SUBJECT_COLUMNS, ' ON CONFLICT DO NOTHING'));
  const skipped = new Set<number>();
  let n = firstSubject;
  writeInBatches(
    db,
    counts.subjects,
    () => {
      const current = n;
      n += 1;
      if (current > MAX_SUBJECT_NUMBER) {
        throw new GenerateError(
          'too-many-subjects',
          `合成主体编号超过上限 ${MAX_SUBJECT_NUMBER}，请减小规模。`,
        );
      }
      if (insertSubject.run(...subjectValues(seed, current)).changes === 1) return true;
      skipped.add(current);
      return false;
    },
    (written) => {
      done.subjects = written;
      progress.advance(done);
    },
  );
  const range: SubjectRange = { seed, first: firstSubject, last: n - 1, skipped };

  const insertEntry = db.prepare(insertSql('list_entries', LIST_ENTRY_COLUMNS));
  let entry = firstEntry;
  writeInBatches(
    db,
    counts.listEntries,
    () => {
      insertEntry.run(...listEntryValues(range, choices, entry));
      entry += 1;
      return true;
    },
    (written) => {
      done.listEntries = written;
      progress.advance(done);
    },
  );

  const insertRecord = db.prepare(insertSql('credit_records', CREDIT_RECORD_COLUMNS));
  let record = firstRecord;
  const nextFraction = ascendingUniforms(counts.creditRecords);
  writeInBatches(
    db,
    counts.creditRecords,
    () => {
      insertRecord.run(...creditRecordValues(range, record, nextFraction));
      record += 1;
      return true;
    },
    (written) => {
      done.creditRecords = written;
      progress.advance(done);
    },
  );

  // Grade results, subject by subject (a skipped subject gets none): rows per subject vary, so the batches count
  // subjects, not rows.
  const insertGrade = db.prepare(insertSql('subject_grades', GRADE_COLUMNS));
  let gradeSubject = firstSubject;
  let grades = 0;
  writeInBatches(
    db,
    n - firstSubject,
    () => {
      const current = gradeSubject;
      gradeSubject += 1;
      if (skipped.has(current)) return true;
      for (const values of gradeValues(seed, current)) {
        insertGrade.run(...values);
        grades += 1;
      }
      return true;
    },
    () => undefined,
  );

  return {
    seed,
    scale: plan.scale,
    ...counts,
    grades,
    skippedSubjects: skipped.size,
    changes: latestSeq(db) - seqBefore,
    numbers: {
      subjects: { first: firstSubject, last: n - 1 },
      listEntries: { first: firstEntry, last: entry - 1 },
      creditRecords: { first: firstRecord, last: record - 1 },
    },
    seconds: (performance.now() - startedAt) / 1000,
  };
}
