import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import { ObjectionCreateRequest } from '../../../../shared/domain/objection';
import { DiscardDraftDialog } from '../../../app/draft/DiscardDraftDialog';
import { useContractForm } from '../../../app/form/use-contract-form';
import { useNewObjectionSession } from '../../../app/objections/new-objection-session';
import type { ObjectionForm, ObjectionFormValues } from '../../../app/objections/objection-form';
import { useRouter } from '../../../app/router';
import { SubjectSearch } from '../../../app/subjects/SubjectSearch';
import { newObjectionTexts } from '../texts';
import { ApplicantSection } from './ApplicantSection';
import { GroundsSection, MaterialsSection, PledgeSection } from './GroundsSection';
import { TargetsSection } from './TargetsSection';
import { useObjectionSubmit } from './use-objection-submit';

const texts = newObjectionTexts;

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack spacing={1} component="section">
    <Typography variant="h3" component="h2">
      {title}
    </Typography>
    {children}
  </Stack>
);

/** The subject: searched for, or as chosen (from a check result or the search), with 更换主体. */
const SubjectSection = () => {
  const session = useNewObjectionSession();
  if (session.subject !== null)
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body1" data-testid="objection-subject" sx={{ fontWeight: 600 }}>
          {texts.subject.picked(session.subject.name, session.subject.identifierMasked)}
        </Typography>
        <Button size="small" onClick={session.changeSubject} data-testid="objection-subject-change">
          {texts.subject.change}
        </Button>
      </Stack>
    );
  return (
    <SubjectSearch
      prefix="objection-subject"
      texts={texts.subject}
      query={session.query}
      onQueryChange={session.setQuery}
      searching={session.searching}
      matches={
        session.results !== null && session.results.query === session.query.trim() ? session.results : null
      }
      error={session.searchError}
      onSearch={() => void session.search()}
      onMove={session.moveActive}
      onPick={(item) => void session.pickSubject(item)}
      maxHeight={320}
      autoFocus
    />
  );
};

const SubmitError = () => {
  const error = useNewObjectionSession((state) => state.submitError);
  const navigate = useRouter((state) => state.navigate);
  if (error === null) return null;
  const openId = error.openId;
  return (
    <Alert severity="error" data-testid="objection-submit-error" data-code={error.code}>
      {error.code === 'OBJECTION_ALREADY_OPEN' && <AlertTitle>{texts.alreadyOpenTitle}</AlertTitle>}
      {error.message}
      {openId !== null && (
        <Button size="small" onClick={() => navigate({ page: 'objection', id: openId })} sx={{ ml: 1 }}>
          {texts.candidates.openObjectionLink}
        </Button>
      )}
    </Alert>
  );
};

const Footer = ({ form }: { form: ObjectionForm }) => {
  const reading = useNewObjectionSession((state) => state.reading);
  const cancel = useNewObjectionSession((state) => state.cancel);
  const submit = useObjectionSubmit(form);
  const submitting = form.formState.isSubmitting;
  const hasErrors = Object.keys(form.formState.errors).length > 0;
  return (
    <Stack spacing={1}>
      {hasErrors && (
        <Alert severity="warning" data-testid="objection-fix-errors">
          {texts.fixErrors}
        </Alert>
      )}
      <SubmitError />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button onClick={cancel} data-testid="objection-cancel">
          {texts.cancel}
        </Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={submitting || reading > 0}
          data-testid="objection-submit"
        >
          {submitting ? texts.submitting : texts.submit}
        </Button>
      </Stack>
    </Stack>
  );
};

/** The form on the contract's ObjectionCreateRequest, started from (and saving back to) the session's values. */
const FormBody = () => {
  const [initial] = useState(() => useNewObjectionSession.getState().values);
  const form = useContractForm(ObjectionCreateRequest, initial as ObjectionFormValues);
  const saveValues = useNewObjectionSession((state) => state.saveValues);
  useEffect(() => {
    const watching = form.watch(() => saveValues(structuredClone(form.getValues())));
    return () => watching.unsubscribe();
  }, [form, saveValues]);
  return (
    <>
      <Section title={texts.sections.targets}>
        <TargetsSection form={form} />
      </Section>
      <Divider />
      <Section title={texts.sections.applicant}>
        <ApplicantSection form={form} />
      </Section>
      <Divider />
      <Section title={texts.sections.grounds}>
        <GroundsSection form={form} />
        <MaterialsSection form={form} />
      </Section>
      <Divider />
      <Section title={texts.sections.pledge}>
        <PledgeSection form={form} />
      </Section>
      <Footer form={form} />
    </>
  );
};

/** 受理异议申请: the subject, the records objected to, who objects and why, the materials and the 承诺. */
export const NewObjectionForm = () => {
  const subject = useNewObjectionSession((state) => state.subject);
  const formKey = useNewObjectionSession((state) => state.formKey);
  const asking = useNewObjectionSession((state) => state.pendingStart !== null);
  const cancelling = useNewObjectionSession((state) => state.cancelling);
  const { keepDraft, discardDraft, close } = useNewObjectionSession.getState();
  return (
    <Paper variant="outlined" sx={{ p: 2, maxWidth: 1100 }} data-testid="objection-new">
      <Stack spacing={2}>
        <Typography variant="h2" component="h1">
          {texts.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {texts.intro}
        </Typography>
        <Section title={texts.sections.subject}>
          <SubjectSection />
        </Section>
        {subject === null ? (
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={useNewObjectionSession.getState().cancel} data-testid="objection-cancel">
              {texts.cancel}
            </Button>
          </Stack>
        ) : (
          <FormBody key={formKey} />
        )}
      </Stack>
      <DiscardDraftDialog
        open={asking}
        texts={texts.discard}
        onKeep={keepDraft}
        onDiscard={discardDraft}
        testId="objection-discard"
      />
      <DiscardDraftDialog
        open={cancelling}
        texts={texts.cancelAsk}
        onKeep={keepDraft}
        onDiscard={close}
        testId="objection-cancel-ask"
      />
    </Paper>
  );
};
