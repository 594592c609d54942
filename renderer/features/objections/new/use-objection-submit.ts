import { placeRefusal } from '../../../app/form/place-refusal';
import { useNewObjectionSession } from '../../../app/objections/new-objection-session';
import {
  objectionRefusalFieldOf,
  objectionRefusalFields,
  objectionRequestOf,
  type ObjectionForm,
} from '../../../app/objections/objection-form';
import { useRouter } from '../../../app/router';
import { client } from '../../../transport/client';

const openIdOf = (details: unknown): string | null =>
  typeof details === 'object' && details !== null && 'id' in details && typeof details.id === 'string'
    ? details.id
    : null;

/**
 * 受理: the contract's schema checks every field first (its Chinese at the field); a refusal of the core about a
 * field is placed at that field, anything else above the buttons. Taken in, the objection's page opens, where
 * its receipt is printed.
 */
export function useObjectionSubmit(form: ObjectionForm) {
  const navigate = useRouter((state) => state.navigate);
  return (): Promise<void> =>
    form.handleSubmit(async (values) => {
      const { reading, setSubmitError, close } = useNewObjectionSession.getState();
      if (reading > 0) return;
      setSubmitError(null);
      const result = await client.call('objections:create', objectionRequestOf(values));
      if (!result.ok) {
        const { code, details } = result.error;
        const left = placeRefusal(
          result.error,
          form.setError,
          objectionRefusalFields,
          objectionRefusalFieldOf,
        );
        setSubmitError(left === null ? null : { code, message: left, openId: openIdOf(details) });
        return;
      }
      close();
      navigate({ page: 'objection', id: result.value.objection.id });
    })();
}
