import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { ruleTableIds, type RuleTableId } from '../../shared/platform-api/api';
import { ruleTableFiles, ruleTableLabels, ruleTableSchemas } from '../../shared/rules/rule-tables';
import { toBeijingIso } from '../../shared/time';
import { upsertRows } from '../registry/registry.repo';

type RuleRow = { id: string; version: string; content: string; updated_at: string };
type RuleValue<Id extends RuleTableId> = z.infer<(typeof ruleTableSchemas)[Id]>;

/** Every problem of a content, for the operator: where (path) and what (zod's message). */
export const ruleIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 20)
    .map((issue) => `${issue.path.join('.') || '（整体）'}：${issue.message}`)
    .join('；');

/** The version a row carries: the content's own `version`, else the time it was set. */
const versionOf = (content: unknown, now: Date): string => {
  const version = (content as { version?: unknown } | null)?.version;
  return typeof version === 'string' && version.trim() !== '' ? version : toBeijingIso(now);
};

const readRow = (db: Db, id: RuleTableId): RuleRow | undefined =>
  db.prepare('SELECT id, version, content, updated_at FROM rule_tables WHERE id = ?').get(id) as
    RuleRow | undefined;

export type SetRuleOutcome =
  { ok: true; id: RuleTableId; version: string; changed: boolean } | { ok: false; message: string };

/**
 * Validates a new content against its table's schema and stores it (one row, JSON text as sent); the change
 * log carries it to every client. The same content again changes nothing and logs nothing.
 */
export function setRuleTable(db: Db, id: RuleTableId, content: unknown, now: Date): SetRuleOutcome {
  const parsed = ruleTableSchemas[id].safeParse(content);
  if (!parsed.success)
    return { ok: false, message: `${ruleTableLabels[id]}的内容不符合格式：${ruleIssues(parsed.error)}` };
  const text = JSON.stringify(content);
  const version = versionOf(content, now);
  const current = readRow(db, id);
  if (current !== undefined && current.content === text && current.version === version)
    return { ok: true, id, version, changed: false };
  upsertRows(db, 'rule_tables', [{ id, version, content: text, updated_at: toBeijingIso(now) }]);
  return { ok: true, id, version, changed: true };
}

/**
 * At every start: each rule table the platform does not hold yet is taken from the bundled file
 * (resources/rules/), so clients get the city's rules through the feed from the first sync. A table already
 * held is left alone (it may have been set since). A bundled file that fails its schema stops the start.
 */
export function seedRuleTables(db: Db, resourcesDir: string, now: Date): RuleTableId[] {
  // Immediate, the missing ones found inside: two processes starting together seed each table once.
  return db
    .transaction(() =>
      ruleTableIds
        .filter((id) => readRow(db, id) === undefined)
        .map((id) => {
          const file = join(resourcesDir, 'rules', ruleTableFiles[id]);
          const outcome = setRuleTable(db, id, JSON.parse(readFileSync(file, 'utf8')) as unknown, now);
          if (!outcome.ok) throw new Error(`${file}: ${outcome.message}`);
          return id;
        }),
    )
    .immediate();
}

/** A rule table as the platform holds it now, parsed; null when missing or (by hand-editing) invalid. */
export function currentRuleTable<Id extends RuleTableId>(db: Db, id: Id): RuleValue<Id> | null {
  const row = readRow(db, id);
  if (row === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(row.content);
  } catch {
    return null;
  }
  const parsed = ruleTableSchemas[id].safeParse(raw);
  return parsed.success ? (parsed.data as RuleValue<Id>) : null;
}

/**
 * A rule table the workflow cannot do without. Missing only on a platform that never started (start seeds
 * them): a platform fault, so it throws (the push answers 500 and the client retries) instead of refusing.
 */
export function requiredRuleTable<Id extends RuleTableId>(db: Db, id: Id): RuleValue<Id> {
  const value = currentRuleTable(db, id);
  if (value === null)
    throw new Error(
      `市平台缺少规则表 ${id} 或其内容无效：请先正常启动一次平台（启动时写入规则表），或用 --set-rule 设置`,
    );
  return value;
}
