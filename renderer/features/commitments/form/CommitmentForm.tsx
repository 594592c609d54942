import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { FormEvent, ReactNode } from 'react';
import { DiscardDraftDialog } from '../../../app/draft/DiscardDraftDialog';
import { submitOnCtrlEnter } from '../../../app/form/ctrl-enter';
import { ErrorListAlert } from '../../../app/form/ErrorListAlert';
import { SubmitRow } from '../../../app/form/SubmitRow';
import { typeBarred } from '../../../../shared/commitment/route-types';
import { commitmentTypeLabels } from '../../../../shared/domain/workflow-labels';
import { useRouter } from '../../../app/router';
import { preparedFor, useCommitmentFormStore } from '../../../app/commitments/commitment-form-store';
import { formTexts } from '../texts';
import { CommitterSection } from './CommitterSection';
import { ContentSection } from './ContentSection';
import { HandlingSection } from './HandlingSection';
import { UnitsSection } from './UnitsSection';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack spacing={1.5} component="section" aria-label={title}>
    <Typography variant="h3" component="h2">
      {title}
    </Typography>
    {children}
  </Stack>
);

/** A new commitment asked for while this one holds the clerk's input: keep it, or throw it away. */
const DiscardDialog = () => {
  const asking = useCommitmentFormStore((state) => state.pendingStart !== null);
  const { keepDraft, discardDraft } = useCommitmentFormStore.getState();
  return (
    <DiscardDraftDialog
      open={asking}
      texts={formTexts.discard}
      onKeep={keepDraft}
      onDiscard={discardDraft}
      testId="commitment-discard"
    />
  );
};

/** 取消 on a form that holds the clerk's input: keep filling it in, or throw it away. */
const CancelDialog = () => {
  const asking = useCommitmentFormStore((state) => state.cancelling);
  const { keepDraft, close } = useCommitmentFormStore.getState();
  return (
    <DiscardDraftDialog
      open={asking}
      texts={formTexts.cancelAsk}
      onKeep={keepDraft}
      onDiscard={close}
      testId="commitment-cancel-ask"
    />
  );
};

/**
 * 新建告知承诺: the fields of the provincial data standard; saved, it opens the new commitment. Ctrl+Enter saves; a
 * plain Enter never does (no accidental saves), and in the identifier field it looks the committer up.
 */
export const CommitmentForm = () => {
  const navigate = useRouter((state) => state.navigate);
  const fields = useCommitmentFormStore((state) => state.fields);
  const prepared = preparedFor(
    useCommitmentFormStore((state) => state.prepared),
    fields.identifier,
  );
  const saving = useCommitmentFormStore((state) => state.saving);
  const saveError = useCommitmentFormStore((state) => state.saveError);
  const fromCaseNumber = useCommitmentFormStore((state) => state.fromCaseNumber);
  const cancel = useCommitmentFormStore((state) => state.cancel);
  const save = useCommitmentFormStore((state) => state.save);
  const barred = prepared !== null && typeBarred(prepared.route, fields.type);

  const submit = async (): Promise<void> => {
    if (barred) return;
    const detail = await save();
    if (detail !== null) navigate({ page: 'commitment', id: detail.commitment.id });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => event.preventDefault();
  return (
    <Stack spacing={1.5} data-testid="commitment-form-page" sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          size="small"
          startIcon={<ArrowBackIcon />}
          onClick={cancel}
          data-testid="commitment-form-cancel"
        >
          {formTexts.cancel}
        </Button>
        <Typography variant="h2" component="h1">
          {formTexts.title}
        </Typography>
        {fromCaseNumber !== null && (
          <Typography variant="body2" color="text.secondary" data-testid="commitment-from-check">
            {formTexts.fromCheck(fromCaseNumber)}
          </Typography>
        )}
      </Stack>
      <Paper
        component="form"
        variant="outlined"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={submitOnCtrlEnter(submit)}
        aria-label={formTexts.title}
        data-testid="commitment-form"
        sx={{ p: 2 }}
      >
        <Stack spacing={2}>
          <Section title={formTexts.sections.committer}>
            <CommitterSection autoFocus={fields.identifier === ''} />
          </Section>
          <Divider />
          <Section title={formTexts.sections.commitment}>
            <ContentSection autoFocus={fields.identifier !== ''} />
          </Section>
          <Divider />
          <Section title={formTexts.sections.handling}>
            <HandlingSection />
          </Section>
          <Divider />
          <Section title={formTexts.sections.units}>
            <UnitsSection />
          </Section>
          {saveError !== null && (
            <ErrorListAlert
              title={formTexts.errorTitle}
              message={saveError.message}
              items={[...saveError.reasons.map((reason) => reason.message), ...saveError.unplaced]}
              testId="commitment-save-error"
            />
          )}
          <SubmitRow
            onSubmit={submit}
            busy={saving}
            disabled={barred}
            label={formTexts.save}
            busyLabel={formTexts.saving}
            testId="commitment-save"
            hint={barred ? undefined : formTexts.saveHint}
          >
            {barred && (
              <Typography
                variant="body2"
                color="error"
                sx={{ fontWeight: 600 }}
                data-testid="commitment-barred"
              >
                {formTexts.typeBarred(commitmentTypeLabels[fields.type])}
              </Typography>
            )}
            <Box sx={{ flex: 1 }} />
            <Button onClick={cancel}>{formTexts.cancel}</Button>
          </SubmitRow>
        </Stack>
      </Paper>
      <DiscardDialog />
      <CancelDialog />
    </Stack>
  );
};
