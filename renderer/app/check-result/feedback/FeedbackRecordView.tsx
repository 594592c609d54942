import Paper from '@mui/material/Paper';
import type { FeedbackRecord } from '../../../../shared/domain/check';
import { feedbackActionLabels } from '../../../../shared/domain/labels';
import { regionName } from '../../../../shared/domain/regions';
import { formatAmount, formatDateTime } from '../../format';
import { Field, FieldGrid } from '../../fields/Field';
import { feedbackTexts } from './texts';

type Props = { record: FeedbackRecord; measureNames: ReadonlyMap<string, string> };

/** One stored feedback record, read-only. */
export const FeedbackRecordView = ({ record, measureNames }: Props) => {
  const texts = feedbackTexts.record;
  const measures = record.measureCodes.map((code) => measureNames.get(code) ?? code);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, bgcolor: 'action.hover' }}
      data-testid="feedback-record"
      data-id={record.id}
    >
      <FieldGrid>
        <Field label={texts.action} testId="feedback-record-action">
          {feedbackActionLabels[record.action]}
        </Field>
        <Field label={texts.measures}>{measures.length === 0 ? texts.none : measures.join('、')}</Field>
        <Field label={texts.result}>{record.result}</Field>
        <Field label={texts.amount}>
          {record.amount === null ? texts.none : formatAmount(record.amount)}
        </Field>
        {record.reason !== null && <Field label={texts.reason}>{record.reason}</Field>}
        <Field label={texts.legalBasis} wide>
          {record.legalBasis}
        </Field>
        <Field label={texts.department}>{record.department}</Field>
        <Field label={texts.district}>{regionName(record.districtCode)}</Field>
        <Field label={texts.actedAt}>{formatDateTime(record.actedAt)}</Field>
        <Field label={texts.recordedAt}>{formatDateTime(record.recordedAt)}</Field>
        <Field label={texts.operator}>{record.operator}</Field>
      </FieldGrid>
    </Paper>
  );
};
