// Frozen SQL shared by a client and a platform migration: text only, no imports, never edited once released.

/**
 * Grade results, one row per result under its scheme, as client migration 15 and platform migration 11 both
 * create them (written at depth 0, laid out by each at its released depth: indented.ts). Released: never edit,
 * add a migration instead.
 */
export const subjectGradesTableV1 = `CREATE TABLE subject_grades (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  scheme TEXT NOT NULL,
  grade TEXT NOT NULL,
  evaluator TEXT NOT NULL,
  evaluated_on TEXT NOT NULL,
  valid_until TEXT,
  source TEXT NOT NULL
) STRICT;
CREATE INDEX subject_grades_by_subject ON subject_grades (subject_id, scheme);
CREATE INDEX subject_grades_by_scheme ON subject_grades (scheme, subject_id);
`;
