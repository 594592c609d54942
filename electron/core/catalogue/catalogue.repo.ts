import type { Catalogue, ListKind, ListType, Matter, MatterCategory, Measure } from '../../../shared/domain';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';

type MeasureRow = {
  code: string;
  list_type: string;
  name: string;
  direction: Measure['direction'];
  measure_class: string;
  legal_basis: string;
  effective_from: string;
  effective_to: string | null;
  scope: Measure['scope'];
  categories: string;
};

/** Each list type's kind (红名单, 严重失信, 经营异常), by list type code. */
export function listKindsByCode(db: Db): Map<string, ListKind> {
  const rows = db.prepare('SELECT code, kind FROM list_types').all() as Pick<ListType, 'code' | 'kind'>[];
  return new Map(rows.map((row) => [row.code, row.kind]));
}

export function readCatalogue(db: Db): Catalogue {
  const listTypes = statement(
    db,
    'SELECT code, name, kind, authority FROM list_types ORDER BY kind, code',
  ).all() as ListType[];
  const matterCategories = statement(
    db,
    'SELECT code, name FROM matter_categories ORDER BY rowid',
  ).all() as MatterCategory[];
  const matters = statement(
    db,
    'SELECT code, name, category, department FROM matters ORDER BY code',
  ).all() as Matter[];
  const rows = statement(
    db,
    `SELECT m.*, (SELECT json_group_array(category) FROM measure_matter_categories WHERE measure_code = m.code)
         AS categories
       FROM measures m ORDER BY m.list_type, m.code`,
  ).all() as MeasureRow[];
  const measures = rows.map((row): Measure => ({
    code: row.code,
    listType: row.list_type,
    name: row.name,
    direction: row.direction,
    measureClass: row.measure_class,
    legalBasis: row.legal_basis,
    matterCategories: JSON.parse(row.categories) as string[],
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    scope: row.scope,
  }));
  return { listTypes, matterCategories, matters, measures };
}

export function getMatter(db: Db, code: string): Matter | null {
  const row = statement(db, 'SELECT code, name, category, department FROM matters WHERE code = ?').get(code);
  return (row as Matter | undefined) ?? null;
}

/** Replaces the whole catalogue in one transaction (the platform owns it; the client keeps a copy). */
export function replaceCatalogue(db: Db, catalogue: Catalogue): void {
  db.transaction(() => {
    db.exec('DELETE FROM measure_matter_categories; DELETE FROM measures; DELETE FROM matters;');
    const upsertCategory = db.prepare(
      'INSERT INTO matter_categories (code, name) VALUES (@code, @name) ON CONFLICT (code) DO UPDATE SET name = excluded.name',
    );
    const upsertListType = db.prepare(
      `INSERT INTO list_types (code, name, kind, authority) VALUES (@code, @name, @kind, @authority)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, authority = excluded.authority`,
    );
    const insertMatter = db.prepare(
      'INSERT INTO matters (code, name, category, department) VALUES (@code, @name, @category, @department)',
    );
    const insertMeasure = db.prepare(
      `INSERT INTO measures (code, list_type, name, direction, measure_class, legal_basis, effective_from, effective_to,
         scope)
       VALUES (@code, @listType, @name, @direction, @measureClass, @legalBasis, @effectiveFrom, @effectiveTo, @scope)`,
    );
    const insertCategory = db.prepare(
      'INSERT INTO measure_matter_categories (measure_code, category) VALUES (?, ?)',
    );
    catalogue.matterCategories.forEach((category) => upsertCategory.run(category));
    catalogue.listTypes.forEach((listType) => upsertListType.run(listType));
    catalogue.matters.forEach((matter) => insertMatter.run(matter));
    for (const measure of catalogue.measures) {
      const { matterCategories, ...row } = measure;
      insertMeasure.run(row);
      matterCategories.forEach((category) => insertCategory.run(measure.code, category));
    }
  })();
}
