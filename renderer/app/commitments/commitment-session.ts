import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/contract/channels';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { beijingDay } from '../../../shared/time';
import { cachedAppInfo, cachedCatalogue } from '../app-info';
import { draftGuard, sameValue } from '../draft/draft-tracker';
import {
  blankValues,
  prefilledValues,
  type AcceptingUnit,
  type CommitmentPrefill,
  type CommitmentValues,
} from './commitment-values';

export type Prepared = ResponseOf<'commitments:prepare'>;
/** A new commitment asked for: blank (新建承诺), or filled from a check (按告知承诺办理). */
export type CommitmentStart = { prefill: CommitmentPrefill | null };

/** The committer lookup (commitments:prepare) of the draft. */
export type Lookup = {
  /** The core's answer for the identifier as it was when asked (prepared.identifier is normalised). */
  prepared: Prepared | null;
  preparing: boolean;
  /** The lookup's refusal of the identifier; nothing is sent while it stands. */
  error: string | null;
  /**
   * The committer (normalised identifier) whose registry entry filled in the name, by the lookup or the check;
   * null when the clerk typed the name. Such a name goes when the identifier changes to another committer.
   */
  nameFrom: string | null;
  /** Once the clerk changes the deadline by hand, a new 作出日期 no longer recomputes it. */
  verifyByEdited: boolean;
};

type Session = {
  /** The form is shown on the 告知承诺 page instead of the list. */
  open: boolean;
  /** A new form (a new start) mounts anew: its key. */
  formKey: number;
  /** Set when the form was started from a check (按告知承诺办理). */
  fromCaseNumber: string | null;
  /** The form's values as it started (blank, or as the check and the lookup filled it in). */
  start: CommitmentValues;
  /** The form's values as the clerk left them: the form starts from them again when shown again. */
  values: CommitmentValues;
  /** The clerk has changed the form since it started. */
  dirty: boolean;
  lookup: Lookup;
  /** A new commitment that would replace this changed one, waiting for 放弃并新建 or 继续填写. */
  pendingStart: CommitmentStart | null;
  /** 取消 was asked for while the form holds the clerk's input, waiting for 放弃 or 继续填写. */
  cancelling: boolean;
  /** 新建承诺; asks first (pendingStart) when it would replace the clerk's input. */
  openBlank: () => void;
  /** 按告知承诺办理: the form filled from a check (the form looks the committer up). Asks first like openBlank. */
  openFromCheck: (prefill: CommitmentPrefill) => void;
  /** 放弃并新建 (or 放弃 after 取消). */
  discardDraft: () => void;
  /** 继续填写: the draft stays, the waiting start (or 取消) is dropped. */
  keepDraft: () => void;
  /** 取消: closes the form, asking first (cancelling) when that would throw the clerk's input away. */
  cancel: () => void;
  /** The form closes and its draft is dropped (取消 confirmed, saved, or nothing to lose). */
  close: () => void;
  /** The form's values changed (by the clerk or the form). */
  setValues: (values: CommitmentValues) => void;
  /** A lookup, not the clerk, filled the form in: while the clerk had changed nothing, this is its start. */
  adopt: (values: CommitmentValues, wasDirty: boolean) => void;
  setLookup: (patch: Partial<Lookup>) => void;
};

const today = (): string => beijingDay(new Date());
/** 受理单位: the clerk's department and its code as set on the 设置 page. */
const acceptingUnit = (): AcceptingUnit => {
  const settings = cachedAppInfo()?.settings;
  return { name: settings?.department ?? '', code: settings?.departmentCode ?? '' };
};
/** The department of a matter of the catalogue ('' when unknown): the 认定单位 a matter suggests. */
export const matterDepartment = (code: string): string =>
  cachedCatalogue()?.matters.find((matter) => matter.code === code)?.department ?? '';

/** The prepared answer still describes what is in the identifier field. */
export const preparedFor = (prepared: Prepared | null, identifier: string): Prepared | null =>
  prepared !== null && identifier.trim() !== '' && prepared.identifier === normaliseIdentifier(identifier)
    ? prepared
    : null;

const noLookup: Lookup = {
  prepared: null,
  preparing: false,
  error: null,
  nameFrom: null,
  verifyByEdited: false,
};

/**
 * The new commitment being filled in (the form itself is react-hook-form, see CommitmentForm): kept when the
 * clerk looks elsewhere and comes back, and never replaced by another new commitment without asking while it
 * holds the clerk's input (`dirty`).
 */
export const useCommitmentSession = create<Session>()((set, get) => {
  const initial = blankValues(today(), { name: '', code: '' });
  const restart = (
    open: boolean,
    values: CommitmentValues,
    fromCaseNumber: string | null,
    nameFrom: string | null,
  ) =>
    set((state) => ({
      open,
      formKey: state.formKey + 1,
      fromCaseNumber,
      start: values,
      values,
      dirty: false,
      lookup: { ...noLookup, nameFrom },
      pendingStart: null,
      cancelling: false,
    }));
  const begin = ({ prefill }: CommitmentStart): void => {
    if (prefill === null) {
      restart(true, blankValues(today(), acceptingUnit()), null, null);
      return;
    }
    const values = prefilledValues(today(), acceptingUnit(), prefill, matterDepartment(prefill.matterCode));
    restart(
      true,
      values,
      prefill.caseNumber,
      prefill.name === null ? null : normaliseIdentifier(prefill.identifier),
    );
  };
  const guard = draftGuard<CommitmentStart>({ get, set, begin, close: () => get().close() });
  return {
    open: false,
    formKey: 0,
    fromCaseNumber: null,
    start: initial,
    values: initial,
    dirty: false,
    lookup: noLookup,
    pendingStart: null,
    cancelling: false,
    openBlank: () => guard.request({ prefill: null }),
    openFromCheck: (prefill) => guard.request({ prefill }),
    discardDraft: guard.discardDraft,
    keepDraft: guard.keepDraft,
    cancel: guard.cancel,
    close: () => restart(false, blankValues(today(), acceptingUnit()), null, null),
    setValues: (values) => set((state) => ({ values, dirty: !sameValue(values, state.start) })),
    adopt: (values, wasDirty) =>
      set((state) =>
        wasDirty
          ? { values, dirty: !sameValue(values, state.start) }
          : { values, start: values, dirty: false },
      ),
    setLookup: (patch) => set((state) => ({ lookup: { ...state.lookup, ...patch } })),
  };
});
