import type { UseFormReturn } from 'react-hook-form';
import { normaliseIdentifier } from '../../../../shared/identifiers';
import { beijingDay } from '../../../../shared/time';
import {
  guessKind,
  type CommitmentOutput,
  type CommitmentValues,
} from '../../../app/commitments/commitment-values';
import {
  preparedFor,
  useCommitmentSession,
  type Prepared,
} from '../../../app/commitments/commitment-session';
import { client } from '../../../transport/client';

/** The new-commitment form: react-hook-form on the contract's request (commitmentFormSchema). */
export type CommitmentFormApi = UseFormReturn<CommitmentValues, unknown, CommitmentOutput>;

const session = useCommitmentSession.getState;
const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

// Only the answer to the latest lookup of the form as it is now counts, whatever order answers arrive in.
let serial = 0;

/** What the lookup's answer fills in: the registry's name and 类别, and the deadline unless set by hand. */
const answered = (current: CommitmentValues, prepared: Prepared): CommitmentValues => {
  const { lookup } = session();
  const subject = prepared.subject;
  const sameCommitter = lookup.prepared?.identifier === prepared.identifier;
  // A name the registry gave for another committer is no name of this one.
  const keptName =
    lookup.nameFrom === null || lookup.nameFrom === prepared.identifier ? current.committer.name : '';
  return {
    ...current,
    committer: {
      identifier: prepared.identifier,
      name: subject?.name ?? keptName,
      kind:
        subject?.kind ??
        (sameCommitter ? current.committer.kind : guessKind(prepared.identifier, prepared.identifierKind)),
    },
    verifyBy: lookup.verifyByEdited && current.verifyBy !== '' ? current.verifyBy : prepared.verifyBy,
  };
};

/**
 * The committer lookup (commitments:prepare) of the new-commitment form: the registry subject, the route and the
 * proposed deadline. While the clerk has changed nothing, what it fills in counts as the form's start.
 */
export const useCommitterLookup = (form: CommitmentFormApi) => {
  const apply = (prepared: Prepared): void => {
    const current = form.getValues();
    const next = answered(current, prepared);
    const { dirty, lookup } = session();
    if (dirty) {
      form.setValue('committer', next.committer);
      form.setValue('verifyBy', next.verifyBy);
    } else form.reset(next, { keepErrors: true });
    // What the answer filled in is no longer what an earlier save found missing or wrong.
    form.clearErrors('committer.identifier');
    if (next.committer.name !== current.committer.name) form.clearErrors('committer.name');
    if (next.committer.kind !== current.committer.kind) form.clearErrors('committer.kind');
    if (next.verifyBy !== current.verifyBy) form.clearErrors('verifyBy');
    session().adopt(form.getValues(), dirty);
    const keptFrom = lookup.nameFrom === prepared.identifier ? lookup.nameFrom : null;
    session().setLookup({
      prepared,
      preparing: false,
      error: null,
      nameFrom: prepared.subject === null ? keptFrom : prepared.identifier,
    });
  };

  /** Looks the identifier up; the answer, or null when refused, dropped or there is nothing to look up. */
  const lookup = async (): Promise<Prepared | null> => {
    const identifier = form.getValues('committer.identifier');
    if (identifier.trim() === '') return null;
    serial += 1;
    const mine = serial;
    const formKey = session().formKey;
    const current = (): boolean => mine === serial && formKey === session().formKey;
    session().setLookup({ preparing: true });
    const madeOn = form.getValues('madeOn');
    const result = await client.call('commitments:prepare', {
      identifier,
      madeOn: isDay(madeOn) ? madeOn : beijingDay(new Date()),
    });
    if (!current()) return null;
    if (!result.ok) {
      session().setLookup({ preparing: false, prepared: null, error: result.error.message });
      form.setError('committer.identifier', { type: 'core', message: result.error.message });
      return null;
    }
    apply(result.value);
    return result.value;
  };

  /** Looks up unless the answer for what is in the field is already there. */
  const lookupIfNeeded = async (): Promise<Prepared | null> => {
    const { lookup: state } = session();
    const known = preparedFor(state.prepared, form.getValues('committer.identifier'));
    if (known !== null || state.error !== null) return known;
    return lookup();
  };

  /**
   * The identifier was changed to `identifier`: a lookup under way answers for the previous committer and is
   * dropped, its error goes; the name the registry gave for the previous one must not go on this one's commitment
   * (a name the clerk typed stays).
   */
  const identifierChanged = (before: string, identifier: string): void => {
    const value = normaliseIdentifier(identifier);
    if (value === normaliseIdentifier(before)) return;
    serial += 1;
    const { nameFrom } = session().lookup;
    session().setLookup({ preparing: false, error: null });
    if (nameFrom !== null && nameFrom !== value) {
      form.setValue('committer.name', '');
      form.clearErrors('committer.name');
      session().setLookup({ nameFrom: null });
    }
  };

  return { lookup, lookupIfNeeded, identifierChanged };
};

export type CommitterLookup = ReturnType<typeof useCommitterLookup>;
