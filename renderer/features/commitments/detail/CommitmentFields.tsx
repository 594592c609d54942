import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { subjectKindLabels } from '../../../../shared/domain/labels';
import { commitmentTypeLabels, publicityLabels } from '../../../../shared/domain/workflow-labels';
import { formatDate, formatDateTime } from '../../../app/format';
import { Field, FieldGrid } from '../../../app/fields/Field';
import { useRouter } from '../../../app/router';
import type { Route } from '../../../app/route';
import { matterLabel } from '../matter-label';
import { detailTexts } from '../texts';

const multiline = { whiteSpace: 'pre-wrap' } as const;

/** A record this one links to, opened by a button (its internal id is never shown). */
const LinkTo = ({ route, label, testId }: { route: Route; label: string; testId: string }) => {
  const navigate = useRouter((state) => state.navigate);
  return (
    <Button size="small" sx={{ px: 0, minWidth: 0 }} onClick={() => navigate(route)} data-testid={testId}>
      {label}
    </Button>
  );
};

/** Every field of the commitment as recorded; the committer's ID number masked (the printed 承诺书 shows it). */
export const CommitmentFields = ({ detail }: { detail: CommitmentDetail }) => {
  const { commitment } = detail;
  const texts = detailTexts;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="commitment-fields">
      <FieldGrid>
        <Field label={texts.committer} testId="commitment-committer">
          {commitment.committer.name}
        </Field>
        <Field label={texts.kind}>{subjectKindLabels[commitment.committer.kind]}</Field>
        <Field label={texts.identifier} testId="commitment-identifier-masked">
          {detail.identifierMasked}
        </Field>
        <Field label={texts.type} testId="commitment-type-label">
          {commitmentTypeLabels[commitment.type]}
        </Field>
        <Field label={texts.matter} testId="commitment-matter-label">
          {matterLabel(detail.matterName, commitment.matterCode)}
        </Field>
        <Field label={texts.caseNumber}>{commitment.caseNumber ?? texts.none}</Field>
        <Field label={texts.madeOn}>{formatDate(commitment.madeOn)}</Field>
        <Field label={texts.validUntil}>
          {commitment.validUntil === null ? texts.longTerm : formatDate(commitment.validUntil)}
        </Field>
        <Field label={texts.verifyBy} testId="commitment-verify-by">
          {formatDate(commitment.verifyBy)}
        </Field>
        <Field label={texts.publicity}>{publicityLabels[commitment.publicity]}</Field>
        <Field label={texts.recognisingUnit}>
          {texts.unit(commitment.recognisingUnit.name, commitment.recognisingUnit.code)}
        </Field>
        <Field label={texts.acceptingUnit}>
          {texts.unit(commitment.acceptingUnit.name, commitment.acceptingUnit.code)}
        </Field>
        <Field label={texts.operator}>{commitment.operator}</Field>
        <Field label={texts.createdAt}>{formatDateTime(commitment.createdAt)}</Field>
        {commitment.checkId !== null && (
          <Field label={texts.checkId}>
            <LinkTo
              route={{ page: 'record', checkId: commitment.checkId }}
              label={texts.openCheck}
              testId="commitment-check-link"
            />
          </Field>
        )}
        {commitment.repairId !== null && (
          <Field label={texts.repairId}>
            <LinkTo
              route={{ page: 'repair', id: commitment.repairId }}
              label={texts.openRepair}
              testId="commitment-repair-link"
            />
          </Field>
        )}
        <Field label={texts.reason} wide>
          <span style={multiline}>{commitment.reason}</span>
        </Field>
        <Field label={texts.content} wide testId="commitment-content-text">
          <span style={multiline}>{commitment.content}</span>
        </Field>
        <Field label={texts.liability} wide>
          <span style={multiline}>{commitment.liability}</span>
        </Field>
      </FieldGrid>
    </Paper>
  );
};
