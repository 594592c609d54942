import Box from '@mui/material/Box';
import type { ObjectionDetail } from '../../../../shared/domain/objection';
import {
  applicantIdKindLabels,
  applicantRoleLabels,
  objectionGroundLabels,
} from '../../../../shared/domain/labels';
import { maskIdentifier } from '../../../../shared/identifiers';
import { beijingDay } from '../../../../shared/time';
import { FieldRow, FieldTable, Plain } from '../../../app/check-sheet/sheet-parts';
import { PrintSheet } from '../../../app/print/PrintDialog';
import { documentTexts } from '../texts';

const texts = documentTexts.receipt;

/** The deadline as the applicant is told it: the waiting step's last working day, 待确认 when unsure. */
const deadlineText = (detail: ObjectionDetail): string => {
  const { countdown } = detail;
  if (countdown === null) return texts.deadlineNone;
  const line = texts.deadlineLine(countdown.label, countdown.deadline);
  return countdown.uncertain ? `${line}${texts.unconfirmed}` : line;
};

/**
 * 异议申请回执: what the window took in, made only from the stored objection (objections:get): its number and
 * date, the subject and applicant, what is objected to and why, the materials, the deadline (待确认 where the
 * rule table is not confirmed), who took it in.
 */
export const ReceiptDocument = ({ detail }: { detail: ObjectionDetail }) => {
  const { objection } = detail;
  const { applicant } = objection;
  return (
    <PrintSheet testId="objection-receipt" fontSize="11pt" lineHeight={1.6}>
      <Box
        component="h1"
        sx={{ textAlign: 'center', fontSize: '20pt', letterSpacing: '0.2em', m: 0, mb: '6mm' }}
      >
        {texts.title}
      </Box>
      <FieldTable>
        <FieldRow label={texts.number} testId="receipt-number">
          {objection.id}
        </FieldRow>
        <FieldRow label={texts.receivedOn} testId="receipt-date">
          {beijingDay(new Date(objection.createdAt))}
        </FieldRow>
        <FieldRow label={texts.subject}>{objection.subjectName}</FieldRow>
        <FieldRow label={texts.applicant} testId="receipt-applicant">
          {`${applicant.name}（${applicantRoleLabels[applicant.role]}，${applicantIdKindLabels[applicant.idKind]} ${maskIdentifier(applicant.idNumber, null)}）`}
        </FieldRow>
        <FieldRow label={texts.targets} testId="receipt-targets">
          {objection.targets
            .map((target, index) => `${index + 1}. ${target.title}（${target.unit}）`)
            .join('\n')}
        </FieldRow>
        <FieldRow label={texts.grounds}>{objectionGroundLabels[objection.grounds]}</FieldRow>
        <FieldRow label={texts.statement}>{objection.statement}</FieldRow>
        <FieldRow label={texts.materials}>
          {objection.attachments.length === 0
            ? texts.materialsCount(0)
            : `${texts.materialsCount(objection.attachments.length)}：${objection.attachments.map((file) => file.name).join('、')}`}
        </FieldRow>
        <FieldRow label={texts.deadline} testId="receipt-deadline">
          {deadlineText(detail)}
        </FieldRow>
        <FieldRow label={texts.acceptingUnit}>{objection.acceptingUnit}</FieldRow>
        <FieldRow label={texts.operator}>{objection.operator}</FieldRow>
      </FieldTable>
      <Plain top>{texts.pledge}</Plain>
      <Plain testId="receipt-closing">{texts.closing}</Plain>
      {detail.countdown?.uncertain === true && detail.countdown.notice !== null && (
        <Plain testId="receipt-deadline-notice">{detail.countdown.notice}</Plain>
      )}
      <Box sx={{ mt: '14mm', textAlign: 'right' }}>
        <p style={{ margin: 0 }}>{`${objection.acceptingUnit}（盖章）`}</p>
        <p style={{ margin: 0 }}>{beijingDay(new Date(objection.createdAt))}</p>
      </Box>
    </PrintSheet>
  );
};
