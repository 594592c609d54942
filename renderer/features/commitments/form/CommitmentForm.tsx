import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { DiscardDraftDialog } from '../../../app/draft/DiscardDraftDialog';
import { submitOnCtrlEnter } from '../../../app/form/ctrl-enter';
import { ErrorListAlert } from '../../../app/form/ErrorListAlert';
import { SubmitRow } from '../../../app/form/SubmitRow';
import { typeBarred } from '../../../../shared/commitment/route-types';
import { CommitmentRoute } from '../../../../shared/domain/commitment';
import { commitmentTypeLabels } from '../../../../shared/domain/workflow-labels';
import { beijingDay } from '../../../../shared/time';
import type { AppError } from '../../../../shared/result';
import { useRouter } from '../../../app/router';
import { preparedFor, useCommitmentSession } from '../../../app/commitments/commitment-session';
import {
  commitmentFields,
  commitmentFormSchema,
  toCreateRequest,
  type CommitmentOutput,
} from '../../../app/commitments/commitment-values';
import { placeRefusal } from '../../../app/form/place-refusal';
import { useContractForm } from '../../../app/form/use-contract-form';
import { client } from '../../../transport/client';
import { formTexts } from '../texts';
import { CommitterSection } from './CommitterSection';
import { ContentSection } from './ContentSection';
import { HandlingSection } from './HandlingSection';
import { UnitsSection } from './UnitsSection';
import { useCommitterLookup, type CommitmentFormApi } from './use-committer-lookup';

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
  const asking = useCommitmentSession((state) => state.pendingStart !== null);
  const { keepDraft, discardDraft } = useCommitmentSession.getState();
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
  const asking = useCommitmentSession((state) => state.cancelling);
  const { keepDraft, close } = useCommitmentSession.getState();
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

/** A refused save as the banner shows it: what no field could show, and the reasons of a barred route. */
type SaveError = { message: string; reasons: CommitmentRoute['reasons'] };

const routeReasons = (error: AppError): CommitmentRoute['reasons'] => {
  const parsed = CommitmentRoute.shape.reasons.safeParse(error.details);
  return error.code === 'COMMITMENT_ROUTE_BARRED' && parsed.success ? parsed.data : [];
};

/** The form: the contract's request (commitmentFormSchema), started from the session's draft, kept in it. */
const useCommitmentForm = (): CommitmentFormApi => {
  const schema = useMemo(
    () =>
      commitmentFormSchema({
        today: () => beijingDay(new Date()),
        identifierKindOf: (identifier) => {
          const { prepared } = useCommitmentSession.getState().lookup;
          return prepared?.identifier === identifier ? prepared.identifierKind : null;
        },
      }),
    [],
  );
  const form = useContractForm(schema, useCommitmentSession.getState().values);
  useEffect(() => {
    const subscription = form.watch(() => useCommitmentSession.getState().setValues(form.getValues()));
    return () => subscription.unsubscribe();
  }, [form]);
  return form;
};

/**
 * 新建告知承诺: the fields of the provincial data standard; saved, it opens the new commitment. Ctrl+Enter saves; a
 * plain Enter never does (no accidental saves), and in the identifier field it looks the committer up.
 */
export const CommitmentForm = () => {
  const navigate = useRouter((state) => state.navigate);
  const form = useCommitmentForm();
  const lookup = useCommitterLookup(form);
  const [identifier, type] = useWatch({ control: form.control, name: ['committer.identifier', 'type'] });
  const prepared = preparedFor(
    useCommitmentSession((state) => state.lookup.prepared),
    identifier,
  );
  const fromCaseNumber = useCommitmentSession((state) => state.fromCaseNumber);
  const cancel = useCommitmentSession((state) => state.cancel);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const { isSubmitting } = form.formState;
  const barred = prepared !== null && typeBarred(prepared.route, type);
  // What the core refused is no longer what the form holds once the clerk changes it.
  useEffect(() => {
    const subscription = form.watch(() => setSaveError(null));
    return () => subscription.unsubscribe();
  }, [form]);

  // A form filled from a check looks its committer up at once (and again when shown again before the answer).
  useEffect(() => {
    void lookup.lookupIfNeeded();
    // Once, as the form is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const send = async (values: CommitmentOutput): Promise<void> => {
    const { lookup: state } = useCommitmentSession.getState();
    // The identifier's own error (from the lookup) stays; nothing is sent while it stands.
    if (state.error !== null) {
      form.setError('committer.identifier', { type: 'core', message: state.error });
      return;
    }
    const current = preparedFor(state.prepared, values.committer.identifier);
    if (current !== null && typeBarred(current.route, values.type)) return;
    setSaveError(null);
    const result = await client.call('commitments:create', toCreateRequest(values));
    if (result.ok) {
      useCommitmentSession.getState().close();
      navigate({ page: 'commitment', id: result.value.commitment.id });
      return;
    }
    if (result.error.code === 'IDENTIFIER_INVALID') {
      form.setError('committer.identifier', { type: 'core', message: result.error.message });
      return;
    }
    const message = placeRefusal(result.error, form.setError, commitmentFields);
    setSaveError(message === null ? null : { message, reasons: routeReasons(result.error) });
  };

  const submit = async (): Promise<void> => {
    if (barred || form.formState.isSubmitting) return;
    await lookup.lookupIfNeeded();
    await form.handleSubmit(send, () => {
      const { error } = useCommitmentSession.getState().lookup;
      if (error !== null && form.getFieldState('committer.identifier').error === undefined)
        form.setError('committer.identifier', { type: 'core', message: error });
    })();
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
            <CommitterSection form={form} lookup={lookup} autoFocus={identifier === ''} />
          </Section>
          <Divider />
          <Section title={formTexts.sections.commitment}>
            <ContentSection form={form} prepared={prepared} autoFocus={identifier !== ''} />
          </Section>
          <Divider />
          <Section title={formTexts.sections.handling}>
            <HandlingSection
              form={form}
              onMadeOn={() => {
                // A new 作出日期 moves the proposed deadline, unless the clerk set one by hand.
                const { lookup: state } = useCommitmentSession.getState();
                if (!state.verifyByEdited && state.prepared !== null) void lookup.lookup();
              }}
              onVerifyBy={() => useCommitmentSession.getState().setLookup({ verifyByEdited: true })}
            />
          </Section>
          <Divider />
          <Section title={formTexts.sections.units}>
            <UnitsSection form={form} />
          </Section>
          {saveError !== null && (
            <ErrorListAlert
              title={formTexts.errorTitle}
              message={saveError.message}
              items={saveError.reasons.map((reason) => reason.message)}
              testId="commitment-save-error"
            />
          )}
          <SubmitRow
            onSubmit={submit}
            busy={isSubmitting}
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
                {formTexts.typeBarred(commitmentTypeLabels[type])}
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
