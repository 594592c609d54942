import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { DiscardDraftDialog } from '../../../app/draft/DiscardDraftDialog';
import { useRouter } from '../../../app/router';
import { newRepairTexts } from '../texts';
import { ApplicationStep } from './ApplicationStep';
import { CandidatesStep } from './CandidatesStep';
import { CommitmentStep } from './CommitmentStep';
import { useNewRepairStore } from '../../../app/repairs/new-repair-store';
import { SubjectStep } from './SubjectStep';

const SubmitErrorAlert = () => {
  const error = useNewRepairStore((state) => state.submitError);
  const navigate = useRouter((state) => state.navigate);
  if (error === null) return null;
  // The draft stays: back on 信用修复 the clerk finds it as it was (to choose another record, or cancel).
  const openExisting = (id: string): void => navigate({ page: 'repair', id });
  const titles: Partial<Record<string, string>> = {
    REPAIR_NOT_ELIGIBLE: newRepairTexts.notEligibleTitle,
    REPAIR_OTHER_AUTHORITY: newRepairTexts.otherAuthorityTitle,
    REPAIR_NOT_A_BASIS: newRepairTexts.notBasisTitle,
    REPAIR_ALREADY_OPEN: newRepairTexts.alreadyOpenTitle,
  };
  const title = titles[error.code] ?? null;
  return (
    <Alert severity="error" data-testid="repair-submit-error" data-code={error.code}>
      {title !== null && <AlertTitle>{title}</AlertTitle>}
      {error.message}
      {error.openId !== null && (
        <Button
          size="small"
          onClick={() => openExisting(error.openId ?? '')}
          data-testid="repair-open-existing"
          sx={{ ml: 1 }}
        >
          {newRepairTexts.candidates.openApplicationLink}
        </Button>
      )}
    </Alert>
  );
};

const Footer = () => {
  const step = useNewRepairStore((state) => state.step);
  const submitting = useNewRepairStore((state) => state.submitting);
  const reading = useNewRepairStore((state) => state.reading);
  const hasErrors = useNewRepairStore((state) => Object.keys(state.errors).length > 0);
  const { cancel, goTo, next, submit } = useNewRepairStore.getState();
  const texts = newRepairTexts;
  return (
    <Stack spacing={1}>
      {hasErrors && step === 3 && (
        <Alert severity="warning" data-testid="repair-fix-errors">
          {texts.fixErrors}
        </Alert>
      )}
      <SubmitErrorAlert />
      {step === 3 && (
        <Typography variant="caption" color="text.secondary">
          {texts.commitment.submitHint}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={cancel} data-testid="repair-cancel">
          {texts.cancel}
        </Button>
        {step > 0 && (
          <Button onClick={() => goTo(step - 1)} disabled={submitting} data-testid="repair-back">
            {texts.back}
          </Button>
        )}
        {step === 1 || step === 2 ? (
          <Button variant="contained" onClick={next} disabled={reading > 0} data-testid="repair-next">
            {texts.next}
          </Button>
        ) : null}
        {step === 3 && (
          <>
            <Button
              variant="outlined"
              onClick={() => void submit(false)}
              disabled={submitting || reading > 0}
              data-testid="repair-submit-only"
            >
              {texts.commitment.submitOnly}
            </Button>
            <Button
              variant="contained"
              onClick={() => void submit(true)}
              disabled={submitting || reading > 0}
              data-testid="repair-submit-accept"
            >
              {submitting ? texts.commitment.submitting : texts.commitment.submitAccept}
            </Button>
          </>
        )}
      </Stack>
    </Stack>
  );
};

/** A new application asked for while this one holds the clerk's input: keep it, or throw it away. */
const DiscardDialog = () => {
  const asking = useNewRepairStore((state) => state.pendingStart !== null);
  const { keepDraft, discardDraft } = useNewRepairStore.getState();
  return (
    <DiscardDraftDialog
      open={asking}
      texts={newRepairTexts.discard}
      onKeep={keepDraft}
      onDiscard={discardDraft}
      testId="repair-discard"
    />
  );
};

/** 取消 on an application that holds the clerk's input: keep filling it in, or throw it away. */
const CancelDialog = () => {
  const asking = useNewRepairStore((state) => state.cancelling);
  const { keepDraft, close } = useNewRepairStore.getState();
  return (
    <DiscardDraftDialog
      open={asking}
      texts={newRepairTexts.cancelAsk}
      onKeep={keepDraft}
      onDiscard={close}
      testId="repair-cancel-ask"
    />
  );
};

/** 新建修复申请: find the applicant, choose the record, fill in the application and the 承诺书, submit. */
export const NewRepairWizard = () => {
  const step = useNewRepairStore((state) => state.step);
  const goTo = useNewRepairStore((state) => state.goTo);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="repair-new" data-step={step}>
      <Stack spacing={2}>
        <Typography variant="h2" component="h1">
          {newRepairTexts.title}
        </Typography>
        <Stepper activeStep={step} nonLinear={false}>
          {newRepairTexts.steps.map((label, index) => (
            <Step key={label} completed={index < step}>
              <StepButton onClick={() => goTo(index)} disabled={index >= step}>
                {label}
              </StepButton>
            </Step>
          ))}
        </Stepper>
        {step === 0 && <SubjectStep />}
        {step === 1 && <CandidatesStep />}
        {step === 2 && <ApplicationStep />}
        {step === 3 && <CommitmentStep />}
        <Footer />
      </Stack>
      <DiscardDialog />
      <CancelDialog />
    </Paper>
  );
};
