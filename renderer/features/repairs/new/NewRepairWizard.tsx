import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { RepairCreateRequest } from '../../../../shared/domain/repair';
import { DiscardDraftDialog } from '../../../app/draft/DiscardDraftDialog';
import { useContractForm } from '../../../app/form/use-contract-form';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import type { RepairForm } from '../../../app/repairs/repair-form';
import { useRouter } from '../../../app/router';
import { newRepairTexts } from '../texts';
import { ApplicationStep } from './ApplicationStep';
import { CandidatesStep } from './CandidatesStep';
import { CommitmentStep } from './CommitmentStep';
import { SubjectStep } from './SubjectStep';
import { useWizardActions } from './use-wizard-actions';

const SubmitErrorAlert = () => {
  const error = useNewRepairSession((state) => state.submitError);
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

const Footer = ({ form }: { form: RepairForm }) => {
  const step = useNewRepairSession((state) => state.step);
  const reading = useNewRepairSession((state) => state.reading);
  const { cancel, goTo } = useNewRepairSession.getState();
  const { next, submit } = useWizardActions(form);
  const submitting = form.formState.isSubmitting;
  const hasErrors = Object.keys(form.formState.errors).length > 0;
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
          <Button
            variant="contained"
            onClick={() => void next()}
            disabled={reading > 0}
            data-testid="repair-next"
          >
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
  const asking = useNewRepairSession((state) => state.pendingStart !== null);
  const { keepDraft, discardDraft } = useNewRepairSession.getState();
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
  const asking = useNewRepairSession((state) => state.cancelling);
  const { keepDraft, close } = useNewRepairSession.getState();
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

/**
 * The application's one form (the contract's RepairCreateRequest), started from the values the session keeps and
 * saving them back as they change, so the clerk finds them again after looking elsewhere.
 */
const WizardForm = () => {
  const [initial] = useState(() => useNewRepairSession.getState().values);
  const form = useContractForm(RepairCreateRequest, initial);
  const saveValues = useNewRepairSession((state) => state.saveValues);
  useEffect(() => {
    const watching = form.watch(() => saveValues(structuredClone(form.getValues())));
    return () => watching.unsubscribe();
  }, [form, saveValues]);
  const step = useNewRepairSession((state) => state.step);
  return (
    <>
      {step === 0 && <SubjectStep />}
      {step === 1 && <CandidatesStep form={form} />}
      {step === 2 && <ApplicationStep form={form} />}
      {step === 3 && <CommitmentStep form={form} />}
      <Footer form={form} />
    </>
  );
};

/** 新建修复申请: find the applicant, choose the record, fill in the application and the 承诺书, submit. */
export const NewRepairWizard = () => {
  const step = useNewRepairSession((state) => state.step);
  const goTo = useNewRepairSession((state) => state.goTo);
  const formKey = useNewRepairSession((state) => state.formKey);
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
        <WizardForm key={formKey} />
      </Stack>
      <DiscardDialog />
      <CancelDialog />
    </Paper>
  );
};
