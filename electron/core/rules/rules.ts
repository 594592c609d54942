import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTableIds, type RuleTableId } from '../../../shared/platform-api/api';
import { ruleTableFiles, ruleTableSchemas, type RuleSet } from '../../../shared/rules/rule-tables';
import type { Db } from '../../../node-shared/db/connection';

type Row = { id: string; version: string; content: string; updated_at: string };

export type Rules = {
  /** The rules in force: each table from the platform's feed when it has sent a valid one, else bundled. */
  current: () => RuleSet;
};

/** The parsed table, or null when it does not match its schema. */
const parseTable = (id: RuleTableId, raw: unknown): unknown => {
  const parsed = ruleTableSchemas[id].safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/**
 * The rule tables for the services. Bundled files are read once and must be valid (a broken release fails at
 * start); a fed table that does not parse is ignored (the bundled one stays in force) rather than stopping the
 * window. Parsed tables are cached per row version, so reading the rules on every call stays cheap.
 */
export function createRules(db: Db, resourcesDir: string): Rules {
  const bundled = Object.fromEntries(
    ruleTableIds.map((id) => {
      const file = join(resourcesDir, 'rules', ruleTableFiles[id]);
      const parsed = parseTable(id, JSON.parse(readFileSync(file, 'utf8')));
      if (parsed === null) throw new Error(`${file} does not match its schema`);
      return [id, parsed];
    }),
  ) as Record<RuleTableId, unknown>;
  const cache = new Map<RuleTableId, { stamp: string; value: unknown }>();
  const select = db.prepare('SELECT id, version, content, updated_at FROM rule_tables');

  const current = (): RuleSet => {
    const fed = new Map<string, Row>((select.all() as Row[]).map((row) => [row.id, row]));
    const sources = {} as RuleSet['sources'];
    const value = (id: RuleTableId): unknown => {
      const row = fed.get(id);
      if (row !== undefined) {
        const stamp = `${row.version}|${row.updated_at}`;
        let cached = cache.get(id);
        if (cached?.stamp !== stamp) {
          let raw: unknown;
          try {
            raw = JSON.parse(row.content);
          } catch {
            raw = null;
          }
          cached = { stamp, value: parseTable(id, raw) };
          cache.set(id, cached);
        }
        if (cached.value !== null) {
          sources[id] = 'platform';
          return cached.value;
        }
      }
      sources[id] = 'bundled';
      return bundled[id];
    };
    return {
      repairRegimes: value('repair-regimes') as RuleSet['repairRegimes'],
      calendar: value('holiday-calendar') as RuleSet['calendar'],
      commitment: value('commitment-rules') as RuleSet['commitment'],
      inspectionRatios: value('inspection-ratios') as RuleSet['inspectionRatios'],
      inspectorRoster: value('inspector-roster') as RuleSet['inspectorRoster'],
      checkPolicy: value('check-policy') as RuleSet['checkPolicy'],
      gradePolicy: value('grade-policy') as RuleSet['gradePolicy'],
      recordRules: value('record-rules') as RuleSet['recordRules'],
      objectionPolicy: value('objection-policy') as RuleSet['objectionPolicy'],
      sources,
    };
  };
  return { current };
}
