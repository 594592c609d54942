import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/contract/channels';
import type { CommitmentDetail } from '../../../shared/domain/commitment';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { beijingDay } from '../../../shared/time';
import { useAppStore } from '../app-store';
import { createDraftTracker, draftGuard } from '../draft/draft-tracker';
import { client } from '../../transport/client';
import {
  blankFields,
  guessKind,
  prefilledFields,
  toDraft,
  type AcceptingUnit,
  type CommitmentFields,
  type CommitmentPrefill,
  type FieldErrors,
} from './commitment-draft';
import { saveErrorOf, type SaveError } from './save-error';

export type { SaveError } from './save-error';
export type Prepared = ResponseOf<'commitments:prepare'>;
/** A new commitment asked for: blank (新建承诺), or filled from a check (按告知承诺办理). */
export type CommitmentStart = { prefill: CommitmentPrefill | null };

type FormState = {
  /** The form is shown on the 告知承诺 page instead of the list. */
  open: boolean;
  /** Set when the form was started from a check (按告知承诺办理). */
  fromCaseNumber: string | null;
  fields: CommitmentFields;
  /**
   * The committer (normalised identifier) whose registry entry filled in the name, by the lookup or the check;
   * null when the clerk typed the name. Such a name goes when the identifier changes to another committer.
   */
  nameFrom: string | null;
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
  /** 取消 was asked for while the form holds the clerk's input, waiting for 放弃 or 继续填写. */
  cancelling: boolean;
  /** 新建承诺; asks first (pendingStart) when it would replace the clerk's input. */
  openBlank: () => void;
  /** 按告知承诺办理: the form filled from a check; the committer is looked up at once. Asks first like openBlank. */
  openFromCheck: (prefill: CommitmentPrefill) => void;
  /** 放弃并新建: the waiting start replaces the draft. */
  discardDraft: () => void;
  /** 继续填写: the draft stays, the waiting start (or 取消) is dropped. */
  keepDraft: () => void;
  /** 取消: closes the form, asking first (cancelling) when that would throw the clerk's input away. */
  cancel: () => void;
  /** The form closes and its draft is dropped (取消 confirmed, or nothing to lose). */
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
  const restart = (
    open: boolean,
    fields: CommitmentFields,
    fromCaseNumber: string | null,
    nameFrom: string | null = null,
  ): void => {
    prepareSerial += 1;
    setState({
      open,
      fromCaseNumber,
      fields,
      nameFrom,
      errors: {},
      prepared: null,
      preparing: false,
      saving: false,
      saveError: null,
      dirty: false,
      pendingStart: null,
      cancelling: false,
    });
    tracker.reset(fields);
  };
  const begin = ({ prefill: from }: CommitmentStart): void => {
    if (from === null) {
      restart(true, blankFields(today(), acceptingUnit()), null);
      return;
    }
    const fields = withMatterDepartment(prefilledFields(today(), acceptingUnit(), from));
    restart(true, fields, from.caseNumber, from.name === null ? null : normaliseIdentifier(from.identifier));
    void get().prepare();
  };
  const guard = draftGuard<CommitmentStart>({
    get,
    set: setState,
    begin,
    close: () => get().close(),
  });
  const request = guard.request;
  return {
    open: false,
    fromCaseNumber: null,
    fields: initialFields,
    nameFrom: null,
    errors: {},
    prepared: null,
    preparing: false,
    saving: false,
    saveError: null,
    dirty: false,
    pendingStart: null,
    cancelling: false,
    openBlank: () => request({ prefill: null }),
    openFromCheck: (prefill) => request({ prefill }),
    discardDraft: guard.discardDraft,
    keepDraft: guard.keepDraft,
    cancel: guard.cancel,
    close: () => restart(false, blankFields(today(), acceptingUnit()), null),
    update: (patch) => {
      const before = get().fields;
      let fields = { ...before, ...patch };
      let nameFrom = patch.name === undefined ? get().nameFrom : null;
      if (patch.matterCode !== undefined && before.recognisingName === matterDepartment(before.matterCode))
        fields = withMatterDepartment({ ...fields, recognisingName: '' });
      const errors = { ...get().errors };
      for (const key of Object.keys(patch)) delete errors[key as keyof FieldErrors];
      if (patch.longTerm !== undefined) delete errors.validUntil;
      const identifier = patch.identifier === undefined ? null : normaliseIdentifier(patch.identifier);
      const anotherCommitter = identifier !== null && identifier !== normaliseIdentifier(before.identifier);
      if (anotherCommitter) {
        // A lookup under way answers for the previous committer and is dropped; the name the registry gave for
        // the previous one must not go on this one's commitment (a name the clerk typed stays).
        prepareSerial += 1;
        if (nameFrom !== null && nameFrom !== identifier) {
          fields = { ...fields, name: '' };
          nameFrom = null;
          delete errors.name;
        }
      }
      set({ fields, nameFrom, errors, saveError: null, ...(anotherCommitter ? { preparing: false } : {}) });
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
        // A name the registry gave for another committer is no name of this one.
        const keptFrom = state.nameFrom === prepared.identifier ? state.nameFrom : null;
        const keptName = state.nameFrom === null || keptFrom !== null ? current.name : '';
        const fields: CommitmentFields = {
          ...current,
          identifier: prepared.identifier,
          name: subject?.name ?? keptName,
          kind:
            subject?.kind ??
            (sameCommitter ? current.kind : guessKind(prepared.identifier, prepared.identifierKind)),
          verifyBy: current.verifyByEdited && current.verifyBy !== '' ? current.verifyBy : prepared.verifyBy,
        };
        // What the answer filled in is no longer what an earlier save found missing or wrong.
        const { identifier: _identifier, ...errors } = state.errors;
        for (const key of ['name', 'kind', 'verifyBy'] as const)
          if (fields[key] !== current[key]) delete errors[key];
        return {
          preparing: false,
          prepared,
          errors,
          nameFrom: subject === null ? keptFrom : prepared.identifier,
          fields,
        };
      });
    },
    save: async () => {
      if (get().saving) return null;
      if (preparedFor(get().prepared, get().fields.identifier) === null) await get().prepare();
      const { fields, errors: current } = get();
      const prepared = preparedFor(get().prepared, fields.identifier);
      // Every field checked in one pass, so the clerk sees all that is missing at once.
      const built = toDraft(fields, { today: today(), identifierKind: prepared?.identifierKind ?? null });
      // The identifier's own error (from the lookup) stays; nothing is sent while it stands.
      const identifierError = current.identifier === undefined ? {} : { identifier: current.identifier };
      if (!built.ok || current.identifier !== undefined) {
        set({ errors: { ...(built.ok ? {} : built.errors), ...identifierError }, saveError: null });
        return null;
      }
      if (prepared?.route.allowed === false) return null;
      set({ saving: true, saveError: null });
      const result = await client.call('commitments:create', built.draft);
      if (result.ok) {
        restart(false, blankFields(today(), acceptingUnit()), null);
        return result.value;
      }
      set({ saving: false, ...saveErrorOf(result.error) });
      return null;
    },
  };
});
