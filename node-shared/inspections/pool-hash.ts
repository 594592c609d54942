import { createHash } from 'node:crypto';
import type { PoolSubject, PublishedInspectionRow } from '../../shared/domain/inspection';
import { drawListCanonical } from '../../shared/inspection/draw-list';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The fingerprint of a draw's pool, recorded with it and checked on every replay: sha256 (hex) of the JSON array
 * of `[id, name, identifierMasked, kind, regionCode, grade, inspectorIds sorted]` per subject, subjects sorted by
 * id (UTF-16 code units). Arrays rather than objects, so no key order is involved; anyone can recompute it.
 */
export function poolHash(pool: readonly PoolSubject[]): string {
  const canonical = [...pool]
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((subject) => [
      subject.id,
      subject.name,
      subject.identifierMasked,
      subject.kind,
      subject.regionCode,
      subject.grade,
      [...subject.inspectorIds].sort(byCodeUnits),
    ]);
  return createHash('sha256').update(JSON.stringify(canonical), 'utf8').digest('hex');
}

/** The printed 随机抽取名单's fingerprint: sha256 (hex) of drawListCanonical (shared/inspection/draw-list.ts). */
export const drawListHash = (rows: readonly PublishedInspectionRow[]): string =>
  createHash('sha256').update(drawListCanonical(rows), 'utf8').digest('hex');
