import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../../shared/domain/labels';
import { commitmentTypeLabels, publicityLabels } from '../../../../shared/domain/workflow-labels';
import { PrintSheet } from '../../../app/print/PrintDialog';
import { printSheet } from '../../../theme/tokens';
import { matterLabel } from '../matter-label';
import { printTexts } from '../texts';

const cell = { border: `1px solid ${printSheet.ink}`, padding: '1.2mm 3mm', verticalAlign: 'top' } as const;

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <tr style={{ breakInside: 'avoid' }}>
    <th scope="row" style={{ ...cell, width: '38mm', textAlign: 'left', fontWeight: 700 }}>
      {label}
    </th>
    <td style={{ ...cell, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
      {children}
    </td>
  </tr>
);

const Signature = ({ label }: { label: string }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: '1fr', rowGap: '5mm' }}>
    <div>
      {label}
      <Box
        component="span"
        sx={{ display: 'inline-block', width: '45mm', borderBottom: `1px solid ${printSheet.ink}` }}
      />
    </div>
    <div>
      {printTexts.date}
      {printTexts.dateBlank}
    </div>
  </Box>
);

/**
 * The 信用承诺书 (告知承诺 style) on an A4 sheet. The full identifier is printed: the applicant signs this
 * document, so it must name them exactly (DOMAIN.md: masked "except where the full number is needed").
 */
export const CommitmentDocument = ({ detail }: { detail: CommitmentDetail }) => {
  const { commitment } = detail;
  const texts = printTexts;
  const madeOn = texts.day(commitment.madeOn);
  return (
    <PrintSheet testId="commitment-print" fontSize="11pt" lineHeight={1.6}>
      <Box
        component="h1"
        sx={{ textAlign: 'center', fontSize: '22pt', letterSpacing: '0.3em', m: 0, mb: '2mm' }}
      >
        {texts.title}
      </Box>
      <Box sx={{ textAlign: 'right', mb: '3mm' }}>
        {`${texts.code}：`}
        <span data-testid="print-code" style={{ fontFamily: 'monospace', letterSpacing: '0.05em' }}>
          {commitment.code}
        </span>
      </Box>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <Row label={texts.committerName} testId="print-committer">
            {commitment.committer.name}
          </Row>
          <Row label={texts.committerKind}>{subjectKindLabels[commitment.committer.kind]}</Row>
          <Row
            label={commitment.identifierKind === 'uscc' ? texts.uscc : texts.citizenId}
            testId="print-identifier"
          >
            {commitment.committer.identifier}
          </Row>
          <Row label={texts.matter} testId="print-matter">
            {matterLabel(detail.matterName, commitment.matterCode)}
          </Row>
          <Row label={texts.caseNumber}>{commitment.caseNumber ?? texts.none}</Row>
          <Row label={texts.type}>{commitmentTypeLabels[commitment.type]}</Row>
          <Row label={texts.reason}>{commitment.reason}</Row>
          <Row label={texts.content} testId="print-content">
            {commitment.content}
          </Row>
          <Row label={texts.liability}>{commitment.liability}</Row>
          <Row label={texts.validity}>
            {commitment.validUntil === null
              ? texts.validityLongTerm(madeOn)
              : texts.validityRange(madeOn, texts.day(commitment.validUntil))}
          </Row>
          <Row label={texts.recognisingUnit}>
            {texts.unit(commitment.recognisingUnit.name, commitment.recognisingUnit.code)}
          </Row>
          <Row label={texts.acceptingUnit}>
            {texts.unit(commitment.acceptingUnit.name, commitment.acceptingUnit.code)}
          </Row>
          <Row label={texts.publicity}>{publicityLabels[commitment.publicity]}</Row>
          <Row label={texts.verifyBy}>{texts.day(commitment.verifyBy)}</Row>
        </tbody>
      </table>
      <Box component="p" sx={{ textIndent: '2em', mt: '4mm', mb: '2mm' }} data-testid="print-notice">
        {texts.notice}
      </Box>
      <Box component="p" sx={{ textIndent: '2em', mt: 0, mb: '7mm' }}>
        {texts.pledge}
      </Box>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '12mm', breakInside: 'avoid' }}
        data-testid="print-signatures"
      >
        <Signature label={texts.committerSignature} />
        <Signature label={texts.clerkSignature} />
      </Box>
      <Box sx={{ mt: '6mm', textAlign: 'right' }}>{texts.madeOn(madeOn)}</Box>
    </PrintSheet>
  );
};
