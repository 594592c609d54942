import type { Statement } from 'better-sqlite3';
import { syncedTables, type Change, type FeedEnd, type SyncedTable } from '../../../shared/platform-api/api';
import { setMeta } from '../app/meta.repo';
import { closeReviewWindow, flagTouchedChecks, hasReviewCandidates } from './reviews.repo';
import type { Db } from '../../../node-shared/db/connection';
import { prepareUpsert, type Upsert } from '../../../node-shared/db/upsert';
import { isWorkflowTable, pendingEditSql } from './local-edits';
import { runSteps, runStepsYielding, type Steps } from './steps';

type TableStatements = {
  upsert: Upsert;
  remove: Statement;
  localVersion: Statement | null;
  pendingEdit: Statement | null;
};

/**
 * The upsert (identical rows change nothing, so only real changes touch a subject) and the tombstone delete; for
 * a workflow table, the local row's version and whether an edit of it is pending.
 */
const prepareTable = (db: Db, table: SyncedTable): TableStatements => {
  const pending = pendingEditSql(table);
  return {
    upsert: prepareUpsert(db, table, syncedTables[table]),
    remove: db.prepare(`DELETE FROM ${table} WHERE ${syncedTables[table]} = ?`),
    localVersion: isWorkflowTable(table)
      ? db.prepare(`SELECT version FROM ${table} WHERE ${syncedTables[table]} = ?`).pluck()
      : null,
    pendingEdit: pending === null ? null : db.prepare(pending).pluck(),
  };
};

export type ApplySummary = {
  applied: number;
  changed: number;
  touchedSubjects: number;
  flagged: number;
  /** Rows set aside for a constraint (see applyChange); converged by later changes and anti-entropy. */
  skipped: number;
};

const isConstraintError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE');

/**
 * Applies pages of the platform's change feed to the cache. Each page, its cursor and the 需复核 flags it raises
 * are one transaction: a crash leaves either the whole page or none of it, and the next pull resumes from the
 * cursor — exactly-once apply without any bookkeeping beyond the cursor.
 *
 * applyPageYielding (the pull's) keeps the transaction open across a turn of the event loop every SLICE rows: the
 * next page, asked for before this one is applied (pull.ts), is read off the socket meanwhile. Applied in one go,
 * the page held the loop for its whole apply, the socket's buffers filled and the platform stopped writing the
 * next page until the client came back for it — the worker then sat waiting for the platform about a fifth of an
 * initial sync (CPU profile, bench:sync at scale 0.1). applyPage (anti-entropy's) runs the same steps in one go.
 */
export type Applier = {
  applyPage: (changes: readonly Change[], end: FeedEnd, at: string) => ApplySummary;
  applyPageYielding: (changes: readonly Change[], end: FeedEnd, at: string) => Promise<ApplySummary>;
};

/** Rows applied between two turns of the event loop. */
const SLICE = 500;

export function createApplier(db: Db): Applier {
  const statements = new Map<SyncedTable, TableStatements>();
  const statementsFor = (table: SyncedTable): TableStatements => {
    let prepared = statements.get(table);
    if (prepared === undefined) {
      prepared = prepareTable(db, table);
      statements.set(table, prepared);
    }
    return prepared;
  };
  const clearCategories = db.prepare('DELETE FROM measure_matter_categories WHERE measure_code = ?');
  const addCategory = db.prepare(
    'INSERT INTO measure_matter_categories (measure_code, category) VALUES (?, ?)',
  );
  const subjectOfEntry = db.prepare('SELECT subject_id FROM list_entries WHERE id = ?').pluck();
  const subjectOfRecord = db.prepare('SELECT subject_id FROM credit_records WHERE id = ?').pluck();
  const subjectOfGrade = db.prepare('SELECT subject_id FROM subject_grades WHERE id = ?').pluck();
  db.exec('CREATE TEMP TABLE IF NOT EXISTS touched_subjects (id TEXT PRIMARY KEY)');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS touched_identifiers (identifier TEXT PRIMARY KEY)');
  const touchSubjectRow = db.prepare('INSERT OR IGNORE INTO temp.touched_subjects (id) VALUES (?)');
  const touchIdentifierRow = db.prepare(
    'INSERT OR IGNORE INTO temp.touched_identifiers (identifier) VALUES (?)',
  );
  let tracking = true;
  let skipped = 0;
  const touchSubject = (id: string): void => {
    if (tracking) touchSubjectRow.run(id);
  };
  const touchIdentifier = (identifier: string): void => {
    if (tracking) touchIdentifierRow.run(identifier);
  };
  const applyChange = (change: Change): boolean => {
    const { upsert, remove, localVersion, pendingEdit } = statementsFor(change.table);
    // A subject's entries, records and grades are part of what a check showed of it.
    const subjectLookup =
      change.table === 'list_entries'
        ? subjectOfEntry
        : change.table === 'credit_records'
          ? subjectOfRecord
          : change.table === 'subject_grades'
            ? subjectOfGrade
            : null;
    if (change.op === 'delete' || change.row === null) {
      const owner = tracking ? (subjectLookup?.get(change.key) as string | undefined) : undefined;
      const removed = remove.run(change.key).changes > 0;
      if (removed && change.table === 'subjects') touchSubject(change.key);
      if (removed && owner !== undefined) touchSubject(owner);
      return removed;
    }
    const row = change.row;
    // A workflow item edited here and not yet answered by the platform (local version ahead of the feed's, the
    // edit still pending) keeps the local edit: the push delivers it, or the platform refuses it. Once answered,
    // the platform's row wins, whatever the versions: a refused edit (kept in the outbox, shown on the item) must
    // not hold the row ahead of the platform for ever.
    if (localVersion !== null && pendingEdit !== null) {
      const local = localVersion.get(change.key) as number | undefined;
      if (
        local !== undefined &&
        typeof row.version === 'number' &&
        local > row.version &&
        pendingEdit.get(change.key) === 1
      )
        return false;
    }
    let changed: boolean;
    try {
      changed = upsert.run(row);
    } catch (error) {
      // A row that cannot stand yet — its parent missing, its identifier still held by a row the feed deletes
      // later — is set aside, not allowed to stall the feed: the later changes and the next anti-entropy round
      // bring the cache to the platform's state. Anything else is a real failure.
      if (!isConstraintError(error)) throw error;
      skipped += 1;
      return false;
    }
    if (change.table === 'measures') {
      clearCategories.run(change.key);
      const categories = Array.isArray(row.matter_categories) ? (row.matter_categories as string[]) : [];
      for (const category of categories) addCategory.run(change.key, category);
    }
    if (changed && change.table === 'subjects') {
      touchSubject(change.key);
      if (typeof row.identifier === 'string') touchIdentifier(row.identifier);
    } else if (changed && subjectLookup !== null && typeof row.subject_id === 'string') {
      touchSubject(row.subject_id);
    }
    return changed;
  };

  const countTouched = db.prepare('SELECT count(*) FROM temp.touched_subjects').pluck();
  // A page's work inside its transaction; it pauses (yields) every SLICE rows for the caller to decide.
  function* pageSteps(changes: readonly Change[], end: FeedEnd, at: string): Steps<ApplySummary> {
    db.exec('DELETE FROM temp.touched_subjects; DELETE FROM temp.touched_identifiers;');
    // With no check that could need review (an initial sync, a client always online) nothing is tracked:
    // tracking would double the writes of a bulk apply.
    tracking = hasReviewCandidates(db);
    skipped = 0;
    let changed = 0;
    for (const [index, change] of changes.entries()) {
      if (applyChange(change)) changed += 1;
      if ((index + 1) % SLICE === 0 && index + 1 < changes.length) yield;
    }
    const touchedSubjects = (countTouched.get() as number | undefined) ?? 0;
    const flagged = touchedSubjects > 0 ? flagTouchedChecks(db, at, changes.at(-1)?.seq ?? end.next) : 0;
    setMeta(db, 'sync_cursor', String(end.next));
    setMeta(db, 'sync_latest', String(end.latest));
    // The cache reflects the platform "as of" now only once it has caught up with it, and the checks made
    // before this catch-up have then had their "next pull".
    if (!end.hasMore) {
      setMeta(db, 'cache_as_of', at);
      closeReviewWindow(db);
    }
    return { applied: changes.length, changed, touchedSubjects, flagged, skipped };
  }

  const applyPage = db.transaction((changes: readonly Change[], end: FeedEnd, at: string): ApplySummary =>
    runSteps(pageSteps(changes, end, at)),
  );

  // BEGIN IMMEDIATE: the page writes in any case, and taking the write lock first waits out the host's writes
  // (busy_timeout) instead of failing when one commits between a read and the first write.
  const applyPageYielding = async (
    changes: readonly Change[],
    end: FeedEnd,
    at: string,
  ): Promise<ApplySummary> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const summary = await runStepsYielding(pageSteps(changes, end, at));
      db.exec('COMMIT');
      return summary;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  return { applyPage, applyPageYielding };
}
