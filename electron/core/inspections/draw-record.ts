import { InspectionDrawRecord } from '../../../shared/domain/inspection';
import { err, ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { drawText } from './inspections.repo';
import { inspectionMessages } from './texts';

/** A stored draw, parsed; refused when missing or when its stored text is not a draw any more. */
export function readDraw(db: Db, id: string): Result<InspectionDrawRecord> {
  const text = drawText(db, id);
  if (text === null) return err('INSPECTION_NOT_FOUND', inspectionMessages.notFound);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err('INSPECTION_INVALID', inspectionMessages.recordBroken);
  }
  const parsed = InspectionDrawRecord.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err('INSPECTION_INVALID', inspectionMessages.recordBroken);
}
