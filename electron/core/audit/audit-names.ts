import type { IdentifierKind } from '../../../shared/identifiers';
import { maskIdentifier } from '../../../shared/identifiers';
import type { Db } from '../../../node-shared/db/connection';

/** A subject as a sentence names it: its name (when known) and its code, a natural person's masked. */
export type NamedSubject = { name: string | null; identifier: string | null };

/**
 * What the audit summary looks up to say names instead of ids: an entry stores ids (a subject's, a check's), the
 * sentence names the subject. Each lookup answers null when the row is gone (the entry keeps its own words).
 */
export type AuditNames = {
  subject: (id: string) => NamedSubject | null;
  check: (id: string) => NamedSubject | null;
  commitment: (id: string) => string | null;
  repair: (id: string) => { applicant: string; target: string } | null;
  measure: (code: string) => string | null;
  matter: (code: string) => string | null;
};

/** Nothing known: every sentence falls back to what the entry itself holds. */
export const noAuditNames: AuditNames = {
  subject: () => null,
  check: () => null,
  commitment: () => null,
  repair: () => null,
  measure: () => null,
  matter: () => null,
};

/** Lookups over the cache, each id asked once per reader (a page of the list or an export). */
export function auditNames(db: Db): AuditNames {
  const memo = <T>(lookup: (key: string) => T | undefined): ((key: string) => T | null) => {
    const seen = new Map<string, T | null>();
    return (key) => {
      if (!seen.has(key)) seen.set(key, lookup(key) ?? null);
      return seen.get(key) ?? null;
    };
  };
  const subjectRow = db.prepare(
    'SELECT name, identifier, identifier_kind AS kind FROM subjects WHERE id = ?',
  );
  const checkRow = db.prepare(
    'SELECT subject_name AS name, identifier_masked AS identifier FROM checks WHERE id = ?',
  );
  const commitmentRow = db.prepare('SELECT committer_name FROM commitments WHERE id = ?').pluck();
  const repairRow = db.prepare(
    'SELECT applicant_name AS applicant, target_title AS target FROM repair_applications WHERE id = ?',
  );
  const measureRow = db.prepare('SELECT name FROM measures WHERE code = ?').pluck();
  const matterRow = db.prepare('SELECT name FROM matters WHERE code = ?').pluck();
  return {
    subject: memo((id) => {
      const row = subjectRow.get(id) as
        { name: string; identifier: string; kind: IdentifierKind } | undefined;
      return row === undefined
        ? undefined
        : { name: row.name, identifier: maskIdentifier(row.identifier, row.kind) };
    }),
    check: memo((id) => checkRow.get(id) as NamedSubject | undefined),
    commitment: memo((id) => commitmentRow.get(id) as string | undefined),
    repair: memo((id) => repairRow.get(id) as { applicant: string; target: string } | undefined),
    measure: memo((code) => measureRow.get(code) as string | undefined),
    matter: memo((code) => matterRow.get(code) as string | undefined),
  };
}
