import { OBJECTION_MARK_LABEL } from '../../../shared/domain/labels';
import type { ObjectionMark } from '../../../shared/domain/objection-mark';
import type { Db } from '../../../node-shared/db/connection';
import { openObjectionsOf } from './objections.repo';

export type ObjectionMarks = {
  /** By list entry id. */
  entries: Map<string, ObjectionMark>;
  /** By credit record id. */
  records: Map<string, ObjectionMark>;
};

/** The 异议处理中 marks of a subject's records and list entries (open objections only). */
export function objectionMarksOf(db: Db, subjectId: string): ObjectionMarks {
  const marks: ObjectionMarks = { entries: new Map(), records: new Map() };
  for (const open of openObjectionsOf(db, subjectId).values()) {
    const mark: ObjectionMark = {
      objectionId: open.objectionId,
      label: OBJECTION_MARK_LABEL,
      since: open.since,
      unit: open.unit,
    };
    (open.targetTable === 'list_entries' ? marks.entries : marks.records).set(open.targetId, mark);
  }
  return marks;
}
