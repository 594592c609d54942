import { placeRefusal, refusalIssues } from '../../../app/form/place-refusal';
import { useNewRepairSession } from '../../../app/repairs/new-repair-session';
import {
  committerProblem,
  refusalFieldOf,
  refusalFields,
  requestOf,
  stepFields,
  stepOfField,
  type RepairForm,
} from '../../../app/repairs/repair-form';
import { useRouter } from '../../../app/router';
import { client } from '../../../transport/client';

const openIdOf = (details: unknown): string | null =>
  typeof details === 'object' && details !== null && 'id' in details && typeof details.id === 'string'
    ? details.id
    : null;

/** The first step showing one of these fields (a request path each), at most the last one. */
const firstStepOf = (paths: readonly string[]): number => Math.min(3, ...paths.map(stepOfField));

/**
 * 下一步 and the two submits of the wizard: a step's fields are checked by the contract's schema (react-hook-form's
 * trigger) before the next step; a submit checks them all and goes back to the first step with a message, and a
 * refusal of the core about a field is shown at that field, on its step.
 */
export function useWizardActions(form: RepairForm) {
  const navigate = useRouter((state) => state.navigate);
  const session = useNewRepairSession;

  const next = async (): Promise<void> => {
    const { step, prepare, advance } = session.getState();
    if (step === 1 && (await form.trigger([...stepFields[1]]))) prepare();
    // Files still being stored hold the step (the button waits too).
    if (step === 2 && (await form.trigger([...stepFields[2]])) && session.getState().reading === 0)
      advance(3);
  };

  const submit = (accept: boolean): Promise<void> =>
    form.handleSubmit(
      async (values) => {
        const { subject, reading, advance, setSubmitError, close } = session.getState();
        if (subject === null || reading > 0) return;
        const identifier = 'commitment.committer.identifier';
        const problem = committerProblem(values.commitment.committer.identifier, subject.identifierMasked);
        if (problem !== null) {
          form.setError(identifier, { type: 'rule', message: problem });
          return;
        }
        setSubmitError(null);
        const result = await client.call('repairs:create', requestOf({ ...values, accept }));
        if (!result.ok) {
          const { code, details } = result.error;
          const left = placeRefusal(result.error, form.setError, refusalFields, refusalFieldOf);
          const paths = refusalIssues(result.error).map((issue) => refusalFieldOf(issue.path));
          if (paths.length > 0) advance(firstStepOf(paths));
          setSubmitError(left === null ? null : { code, message: left, openId: openIdOf(details) });
          return;
        }
        close();
        navigate({ page: 'repair', id: result.value.application.id });
      },
      (errors) => session.getState().advance(firstStepOf(Object.keys(errors))),
    )();

  return { next, submit };
}
