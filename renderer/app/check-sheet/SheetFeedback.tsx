import type { CheckDetail } from '../../../shared/domain/check';
import { feedbackActionLabels } from '../../../shared/domain/labels';
import { regionName } from '../../../shared/domain/regions';
import { formatBeijing } from '../../../shared/time';
import { feedbackTexts } from '../check-result/feedback/texts';
import { formatAmount } from '../format';
import { FieldRow, FieldTable, Plain, SubTitle } from './sheet-parts';
import { sheetTexts } from './texts';

const texts = sheetTexts.feedback;
const labels = feedbackTexts.record;

/** The measures applied and the feedback recorded for each hit, as stored (the 反馈 of 应查必查). */
export const SheetFeedback = ({ detail }: { detail: CheckDetail }) => {
  const { result, feedback, feedbackState } = detail;
  const hits = new Map(result.hits.map((hit) => [hit.key, hit]));
  return (
    <>
      {feedbackState.required === 0 && feedback.length === 0 && (
        <Plain testId="sheet-feedback-state">{texts.notRequired}</Plain>
      )}
      {feedbackState.open && (
        <Plain testId="sheet-feedback-state">
          {texts.open(feedbackState.recorded, feedbackState.required)}
        </Plain>
      )}
      {feedback.map((record) => {
        const hit = hits.get(record.hitKey);
        const measureNames = new Map(
          [...(hit?.punishments ?? []), ...(hit?.incentives ?? [])].map((measure) => [
            measure.code,
            measure.name,
          ]),
        );
        const measures = record.measureCodes.map((code) => measureNames.get(code) ?? labels.none);
        return (
          <div key={record.id} data-testid="sheet-feedback" style={{ breakInside: 'avoid' }}>
            <SubTitle>{`${texts.list}：${hit?.listType.name ?? sheetTexts.empty}`}</SubTitle>
            <FieldTable>
              <FieldRow label={labels.action}>{feedbackActionLabels[record.action]}</FieldRow>
              <FieldRow label={labels.measures}>
                {measures.length === 0 ? labels.none : measures.join('；')}
              </FieldRow>
              <FieldRow label={labels.result}>{record.result}</FieldRow>
              {record.amount !== null && (
                <FieldRow label={labels.amount}>{formatAmount(record.amount)}</FieldRow>
              )}
              {record.reason !== null && <FieldRow label={labels.reason}>{record.reason}</FieldRow>}
              <FieldRow label={labels.legalBasis}>{record.legalBasis}</FieldRow>
              <FieldRow label={labels.department}>
                {`${record.department}（${regionName(record.districtCode)}）`}
              </FieldRow>
              <FieldRow label={labels.actedAt}>{formatBeijing(record.actedAt)}</FieldRow>
            </FieldTable>
            <Plain top>{texts.recordedBy(record.operator, formatBeijing(record.recordedAt))}</Plain>
          </div>
        );
      })}
    </>
  );
};
