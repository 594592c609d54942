import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/contract/channels';
import type { CommitmentDetail, CommitmentRoute } from '../../../shared/domain/commitment';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { beijingDay } from '../../../shared/time';
import { useAppStore } from '../../app/app-store';
import { createDraftTracker, mustAskBeforeStart } from '../../app/draft/draft-tracker';
import { client } from '../../transport/client';
import {
  blankFields,
  draftFieldOf,
  guessKind,
  issuesToErrors,
  prefilledFields,
  toDraft,
  type AcceptingUnit,
  type CommitmentFields,
  type CommitmentPrefill,
  type FieldErrors,
} from './commitment-draft';

export type Prepared = ResponseOf<'commitments:prepare'>;
/** An error answer of the core: its message, the reasons of a barred route, what no field could show. */
export type SaveError = { message: string; reasons: CommitmentRoute['reasons']; unplaced: string[] };
/** A new commitment asked for: blank (新建承诺), or filled from a check (按告知承诺办理). */
export type CommitmentStart = { prefill: CommitmentPrefill | null };

type FormState = {
  /** The form is shown on the 告知承诺 page instead of the list. */
  open: boolean;
  /** Set when the form was started from a check (按告知承诺办理). */
  fromCaseNumber: string | null;
  fields: CommitmentFields;
  errors: FieldErrors;
  /** The core's answer for the identifier as it was when asked (prepared.identifier is normalised). */
  prepared: Prepared | null;
  preparing: boolean;
  saving: boolean;
  saveError: SaveError | null;
  /** The clerk has changed the form since it started (blank, or as the check and the lookup filled it in). */
  dirty: boolean;
  /** A new commitment that would replace this changed one, waiting for 放弃并新建 or 继续填写. */
  pendingStart: CommitmentStart | null;
  /** 新建承诺; asks first (pendingStart) when it would replace the clerk's input. */
  openBlank: () => void;
  /** 按告知承诺办理: the form filled from a check; the committer is looked up at once. Asks first like openBlank. */
  openFromCheck: (prefill: CommitmentPrefill) => void;
  /** 放弃并新建: the waiting start replaces the draft. */
  discardDraft: () => void;
  /** 继续填写: the draft stays, the waiting start is dropped. */
  keepDraft: () => void;
  /** 取消: the form closes and its draft is dropped. */
  close: () => void;
  update: (patch: Partial<CommitmentFields>) => void;
  /** Looks the identifier up (registry subject, route, deadline); on blur and Enter of the identifier field. */
  prepare: () => Promise<void>;
  /** Saves; the detail of the new commitment, or null when it was refused (errors shown). */
  save: () => Promise<CommitmentDetail | null>;
};

const today = (): string => beijingDay(new Date());
/** 受理单位: the clerk's department and its code as set on the 设置 page. */
const acceptingUnit = (): AcceptingUnit => {
  const settings = useAppStore.getState().info?.settings;
  return { name: settings?.department ?? '', code: settings?.departmentCode ?? '' };
};
const matterDepartment = (code: string): string =>
  useAppStore.getState().catalogue?.matters.find((matter) => matter.code === code)?.department ?? '';

/** The prepared answer still describes what is in the identifier field. */
export const preparedFor = (prepared: Prepared | null, identifier: string): Prepared | null =>
  prepared !== null && identifier.trim() !== '' && prepared.identifier === normaliseIdentifier(identifier)
    ? prepared
    : null;

const withMatterDepartment = (fields: CommitmentFields): CommitmentFields =>
  fields.recognisingName === ''
    ? { ...fields, recognisingName: matterDepartment(fields.matterCode) }
    : fields;

type Patch = Partial<FormState> | ((state: FormState) => Partial<FormState>);

/**
 * The new commitment being filled in; kept when the clerk looks elsewhere and comes back, and never replaced by
 * another new commitment without asking while it holds the clerk's input (`dirty`).
 */
export const useCommitmentFormStore = create<FormState>()((setState, get) => {
  // Only the answer to the latest lookup counts, whatever order answers arrive in.
  let prepareSerial = 0;
  const initialFields = blankFields(today(), { name: '', code: '' });
  const tracker = createDraftTracker(initialFields);
  const track = (): void => {
    const dirty = tracker.dirty(get().fields);
    if (dirty !== get().dirty) setState({ dirty });
  };
  /** A change of the draft: dirty when it no longer equals the start state. */
  const set = (patch: Patch): void => {
    setState(patch);
    track();
  };
  /** The lookup's answer: part of the start state while the clerk changed nothing else. */
  const prefill = (patch: Patch): void => {
    const dirty = get().dirty;
    setState(patch);
    tracker.adopt(get().fields, dirty);
    track();
  };
  /** The form starts again (or closes) with these fields as its start state; a lookup under way is dropped. */
  const restart = (open: boolean, fields: CommitmentFields, fromCaseNumber: string | null): void => {
    prepareSerial += 1;
    setState({
      open,
      fromCaseNumber,
      fields,
      errors: {},
      prepared: null,
      preparing: false,
      saving: false,
      saveError: null,
      dirty: false,
      pendingStart: null,
    });
    tracker.reset(fields);
  };
  const begin = ({ prefill: from }: CommitmentStart): void => {
    if (from === null) {
      restart(true, blankFields(today(), acceptingUnit()), null);
      return;
    }
    restart(true, withMatterDepartment(prefilledFields(today(), acceptingUnit(), from)), from.caseNumber);
    void get().prepare();
  };
  const request = (start: CommitmentStart): void => {
    if (mustAskBeforeStart(get())) setState({ pendingStart: start });
    else begin(start);
  };
  return {
    open: false,
    fromCaseNumber: null,
    fields: initialFields,
    errors: {},
    prepared: null,
    preparing: false,
    saving: false,
    saveError: null,
    dirty: false,
    pendingStart: null,
    openBlank: () => request({ prefill: null }),
    openFromCheck: (prefill) => request({ prefill }),
    discardDraft: () => {
      const pending = get().pendingStart;
      if (pending !== null) begin(pending);
    },
    keepDraft: () => setState({ pendingStart: null }),
    close: () => restart(false, blankFields(today(), acceptingUnit()), null),
    update: (patch) => {
      const before = get().fields;
      let fields = { ...before, ...patch };
      if (patch.matterCode !== undefined && before.recognisingName === matterDepartment(before.matterCode))
        fields = withMatterDepartment({ ...fields, recognisingName: '' });
      const errors = { ...get().errors };
      for (const key of Object.keys(patch)) delete errors[key as keyof FieldErrors];
      if (patch.longTerm !== undefined) delete errors.validUntil;
      set({ fields, errors, saveError: null });
      // A new 作出日期 moves the proposed deadline, unless the clerk set one by hand.
      if (patch.madeOn !== undefined && !fields.verifyByEdited && get().prepared !== null)
        void get().prepare();
    },
    prepare: async () => {
      const { fields } = get();
      if (fields.identifier.trim() === '') return;
      prepareSerial += 1;
      const serial = prepareSerial;
      set({ preparing: true });
      const madeOn = /^\d{4}-\d{2}-\d{2}$/.test(fields.madeOn) ? fields.madeOn : today();
      const result = await client.call('commitments:prepare', { identifier: fields.identifier, madeOn });
      if (serial !== prepareSerial) return;
      if (!result.ok) {
        set((state) => ({
          preparing: false,
          prepared: null,
          errors: { ...state.errors, identifier: result.error.message },
        }));
        return;
      }
      const prepared = result.value;
      prefill((state) => {
        const current = state.fields;
        const subject = prepared.subject;
        const sameCommitter = state.prepared?.identifier === prepared.identifier;
        const { identifier: _identifier, ...errors } = state.errors;
        return {
          preparing: false,
          prepared,
          errors,
          fields: {
            ...current,
            identifier: prepared.identifier,
            name: subject?.name ?? current.name,
            kind:
              subject?.kind ??
              (sameCommitter ? current.kind : guessKind(prepared.identifier, prepared.identifierKind)),
            verifyBy:
              current.verifyByEdited && current.verifyBy !== '' ? current.verifyBy : prepared.verifyBy,
          },
        };
      });
    },
    save: async () => {
      if (get().saving) return null;
      if (preparedFor(get().prepared, get().fields.identifier) === null) await get().prepare();
      const { fields, prepared, errors: current } = get();
      const built = toDraft(fields);
      // The identifier's own error (from the lookup) stays; nothing is sent while it stands.
      const identifierError = current.identifier === undefined ? {} : { identifier: current.identifier };
      if (!built.ok || current.identifier !== undefined) {
        set({ errors: { ...(built.ok ? {} : built.errors), ...identifierError } });
        return null;
      }
      if (prepared?.route.allowed === false) return null;
      set({ saving: true, saveError: null });
      const result = await client.call('commitments:create', built.draft);
      if (result.ok) {
        restart(false, blankFields(today(), acceptingUnit()), null);
        return result.value;
      }
      const { errors, unplaced } = issuesToErrors(result.error.details, draftFieldOf);
      const reasons =
        result.error.code === 'COMMITMENT_ROUTE_BARRED' ? routeReasons(result.error.details) : [];
      set({ saving: false, errors, saveError: { message: result.error.message, reasons, unplaced } });
      return null;
    },
  };
});

const routeReasons = (details: unknown): CommitmentRoute['reasons'] =>
  Array.isArray(details)
    ? details.filter(
        (reason): reason is CommitmentRoute['reasons'][number] =>
          typeof reason === 'object' &&
          reason !== null &&
          typeof (reason as { message?: unknown }).message === 'string',
      )
    : [];
