import { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { InspectionDrawRecord } from '../../shared/domain/inspection';
import { InspectionResultRecordedPayload } from '../../shared/platform-api/inspection';
import { dayOfBeijingIso } from '../../shared/inspection/draw-list';
import { resultAgainstDraw } from '../../shared/inspection/result-rules';
import { insertInspectionResult, type EvidenceBase, type EvidenceOutcome } from '../outbox/evidence.repo';
import { drawPayloadOf, resultIdAt } from './inspections.repo';

/** An entry a rule of its kind refuses, with the code and the Chinese reason the device shows. */
export type EvidenceRefusal = { refused: { code: string; message: string } };

const refusal = (code: string, message: string): EvidenceRefusal => ({ refused: { code, message } });

export const resultRefusals = {
  drawUnknown: '该检查结果所属的抽查不是本设备抽取并上报的（或尚未上报），市平台不予接收',
  drawUnreadable: '该检查结果所属的抽查记录格式无法识别，市平台无法核对，不予接收',
  numberMismatch: '检查结果中的抽查编号与平台收到的抽查记录不一致，不予接收',
  revisionGap: '该更正所依据的上一条检查结果未在市平台登记，不予接收',
  prefix: '检查结果与抽查记录不符：',
} as const;

/** What a result is checked against, read from the draw as the device sent it. */
const DrawFacts = InspectionDrawRecord.pick({
  number: true,
  drawnAt: true,
  inspectorsPerSubject: true,
  pool: true,
  result: true,
});

/**
 * Files one inspection result (evidence, once per device and result id) after checking it against the draw this
 * same device sent before: the subject was drawn, the inspectors were eligible for it (a substitution carries its
 * reason), the day is not before the draw, and a correction follows the revision it corrects. Anything else is
 * refused with its reason; nothing is half-filed.
 */
export function receiveInspectionResult(
  db: Db,
  raw: unknown,
  base: EvidenceBase,
): EvidenceOutcome | z.ZodError | EvidenceRefusal {
  const parsed = InspectionResultRecordedPayload.safeParse(raw);
  if (!parsed.success) return parsed.error;
  const result = parsed.data;
  const drawText = drawPayloadOf(db, base.deviceId, result.drawId);
  if (drawText === null) return refusal('INSPECTION_DRAW_UNKNOWN', resultRefusals.drawUnknown);
  const draw = DrawFacts.safeParse(JSON.parse(drawText));
  if (!draw.success) return refusal('INSPECTION_DRAW_UNREADABLE', resultRefusals.drawUnreadable);
  if (draw.data.number !== result.drawNumber)
    return refusal('INSPECTION_RESULT_REFUSED', resultRefusals.numberMismatch);
  const issues = resultAgainstDraw(
    {
      subjectId: result.subjectId,
      inspectorIds: result.inspectors.map((inspector) => inspector.id),
      substitutionReason: result.substitutionReason,
      inspectedOn: result.inspectedOn,
    },
    {
      drawnOn: dayOfBeijingIso(draw.data.drawnAt),
      inspectorsPerSubject: draw.data.inspectorsPerSubject,
      picked: draw.data.result.picked,
      pool: draw.data.pool,
    },
    (id) => result.inspectors.find((inspector) => inspector.id === id)?.name ?? id,
  );
  if (issues.length > 0)
    return refusal(
      'INSPECTION_RESULT_REFUSED',
      `${resultRefusals.prefix}${issues.map((issue) => issue.message).join('；')}`,
    );
  if (result.revision > 1) {
    const previous = resultIdAt(db, {
      deviceId: base.deviceId,
      drawId: result.drawId,
      subjectId: result.subjectId,
      revision: result.revision - 1,
    });
    if (previous === null || previous !== result.correctsId)
      return refusal('INSPECTION_RESULT_REFUSED', resultRefusals.revisionGap);
  }
  return insertInspectionResult(db, {
    ...base,
    resultId: result.id,
    drawId: result.drawId,
    subjectId: result.subjectId,
    revision: result.revision,
    inspectedOn: result.inspectedOn,
    outcomeCode: result.outcome.code,
    problemFound: result.outcome.problemFound ? 1 : 0,
  });
}
