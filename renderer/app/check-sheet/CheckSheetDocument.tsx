import Box from '@mui/material/Box';
import type { CheckDetail } from '../../../shared/domain/check';
import { verdictLabels } from '../../../shared/domain/labels';
import { formatBeijing } from '../../../shared/time';
import { resultTexts } from '../check-result/texts';
import { PrintSheet } from '../print/PrintDialog';
import { QrCode } from '../print/QrCode';
import { printSheet } from '../../theme/tokens';
import { SheetEvidence } from './SheetEvidence';
import { SheetFeedback } from './SheetFeedback';
import { SheetSubject } from './SheetSubject';
import { FieldRow, FieldTable, Plain, SheetSection } from './sheet-parts';
import { sourceText } from './source-text';
import { sheetTexts } from './texts';

const texts = sheetTexts;
const meta = resultTexts.meta;

const unitText = (unit: CheckDetail['result']['acceptingUnit']): string => {
  if (unit === undefined) return texts.approval.unitNotRecorded;
  if (unit.name === '') return texts.approval.unitNotSet;
  return unit.code === '' ? unit.name : `${unit.name}（${unit.code}）`;
};

/**
 * The 核查记录单: one stored check on A4 for the approval's case file, made only from the record (check:get), never
 * from what a screen shows: the approval, where the evidence came from and how fresh it was, the applicant, the
 * verdict and why, the evidence as seen, the measures and feedback, who checked and when. The check's id is in
 * the QR code only: the record has no number meant for people.
 */
export const CheckSheetDocument = ({ detail }: { detail: CheckDetail }) => {
  const { result } = detail;
  const { context } = result;
  const carried = result.recheckOf?.carriedHitKeys.length ?? 0;
  return (
    <PrintSheet testId="check-sheet" fontSize="10.5pt" lineHeight={1.55}>
      <Box
        component="h1"
        sx={{ textAlign: 'center', fontSize: '20pt', letterSpacing: '0.2em', m: 0, mb: '1mm' }}
      >
        {texts.title}
      </Box>
      <Box component="p" sx={{ textAlign: 'center', fontSize: '9pt', m: 0, mb: '3mm' }}>
        {texts.basis}
      </Box>
      <SheetSection title={texts.approval.title} testId="sheet-approval">
        <FieldTable>
          <FieldRow label={meta.caseNumber} testId="sheet-case-number">
            {context.caseNumber}
          </FieldRow>
          <FieldRow label={meta.matter} testId="sheet-matter">
            {`${context.matter.name}（${context.matter.code}）`}
          </FieldRow>
          <FieldRow label={texts.approval.acceptingUnit} testId="sheet-unit">
            {unitText(result.acceptingUnit)}
          </FieldRow>
          <FieldRow label={meta.operator} testId="sheet-operator">
            {result.operator}
          </FieldRow>
          <FieldRow label={meta.checkedAt} testId="sheet-checked-at">
            {formatBeijing(result.checkedAt)}
          </FieldRow>
          <FieldRow label={texts.source.title} testId="sheet-source">
            {sourceText(result)}
          </FieldRow>
          {context.note !== null && context.note !== '' && (
            <FieldRow label={meta.note}>{context.note}</FieldRow>
          )}
        </FieldTable>
        {result.recheckOf != null && (
          <Plain testId="sheet-recheck" top>
            {texts.approval.recheck(formatBeijing(result.recheckOf.checkedAt))}
            {carried > 0 && `；${resultTexts.recheckCarried(carried)}`}
          </Plain>
        )}
        {detail.standing.supersededBy !== null && (
          <Plain testId="sheet-superseded" top>
            {texts.approval.superseded}
          </Plain>
        )}
      </SheetSection>
      <SheetSection title={texts.subject.title} testId="sheet-subject-section">
        <SheetSubject result={result} />
      </SheetSection>
      <SheetSection title={texts.verdict.title} testId="sheet-verdict-section">
        <Box
          sx={{ border: `2px solid ${printSheet.ink}`, p: '2mm 3mm', breakInside: 'avoid' }}
          data-testid="sheet-verdict"
        >
          <Box sx={{ fontSize: '15pt', fontWeight: 700 }}>{verdictLabels[result.verdict.code]}</Box>
          {result.verdict.reasons.length > 0 && (
            <Box component="ol" sx={{ m: 0, mt: '1mm', pl: '6mm' }}>
              {result.verdict.reasons.map((reason, index) => (
                <li key={`${reason.code}-${index}`}>{reason.message}</li>
              ))}
            </Box>
          )}
        </Box>
      </SheetSection>
      <SheetSection title={texts.evidence.title} testId="sheet-evidence">
        <SheetEvidence result={result} externalQueries={detail.externalQueries} />
      </SheetSection>
      <SheetSection title={texts.feedback.title} testId="sheet-feedback-section">
        <SheetFeedback detail={detail} />
      </SheetSection>
      <Box
        sx={{ display: 'flex', gap: '6mm', alignItems: 'flex-end', mt: '8mm', breakInside: 'avoid' }}
        data-testid="sheet-footer"
      >
        <QrCode value={result.checkId} sizeMm={24} label={texts.qrCaption} testId="sheet-qr" />
        <Box sx={{ flex: 1, fontSize: '9pt' }}>{texts.qrNote}</Box>
        <Box sx={{ display: 'grid', rowGap: '5mm', minWidth: '60mm' }}>
          <div>
            {texts.signature}
            <Box
              component="span"
              sx={{ display: 'inline-block', width: '35mm', borderBottom: `1px solid ${printSheet.ink}` }}
            />
          </div>
          <div>
            {texts.date}
            <Box
              component="span"
              sx={{ display: 'inline-block', width: '35mm', borderBottom: `1px solid ${printSheet.ink}` }}
            />
          </div>
        </Box>
      </Box>
    </PrintSheet>
  );
};
