import { create } from 'zustand';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { beijingDay } from '../../../shared/time';
import { cachedAppInfo } from '../app-info';
import { createDraftTracker, draftGuard } from '../draft/draft-tracker';
import { fieldRefusalText } from '../form/place-refusal';
import { client } from '../../transport/client';
import {
  blank,
  candidateKey,
  chosenCandidate,
  isSelectable,
  repairDraftSnapshot,
  type NewRepairState,
  type RepairIntent,
  type RepairStart,
} from './new-repair-state';
import { initialCommitment, type RepairFormValues } from './repair-form';

export type { RepairIntent, SubmitError } from './new-repair-state';

type Actions = {
  /** 新建修复申请; asks first (pendingStart) when it would replace the clerk's input. */
  start: () => void;
  /** 申请信用修复 from a check result; asks first like start. */
  startFrom: (intent: RepairIntent) => void;
  /** 放弃并新建: the waiting start replaces the draft. */
  discardDraft: () => void;
  /** 继续填写: the draft stays, the waiting start (or 取消) is dropped. */
  keepDraft: () => void;
  /** 取消: closes the wizard, asking first (cancelling) when that would throw the clerk's input away. */
  cancel: () => void;
  /** The wizard closes and its draft is dropped (取消 confirmed, submitted, or nothing to lose). */
  close: () => void;
  setQuery: (query: string) => void;
  search: () => Promise<void>;
  moveActive: (delta: number) => void;
  pickSubject: (subject: SubjectSummary) => Promise<void>;
  /** Back to an earlier step. */
  goTo: (step: number) => void;
  /** From 选择记录 to the form, its 承诺书 filled in for the chosen record (unless it already was). */
  prepare: () => void;
  /** Forward, once the form has checked the step's fields. */
  advance: (step: number) => void;
  /** The form changed (the clerk typed): kept, and compared with the start. */
  saveValues: (values: RepairFormValues) => void;
  setReading: (delta: number) => void;
  setFileNotices: (notices: string[]) => void;
  setSubmitError: (error: NewRepairState['submitError']) => void;
};

type Patch = Partial<NewRepairState> | ((state: NewRepairState) => Partial<NewRepairState>);

/**
 * The new application being filled in: its steps, the lookups, and the form's values, kept when the clerk looks
 * elsewhere and comes back, and never replaced by another new application without asking while it holds the
 * clerk's input (`dirty`). The form itself (react-hook-form on the contract's schema) lives in the wizard.
 */
export const useNewRepairSession = create<NewRepairState & Actions>()((setState, get) => {
  let candidatesSerial = 0;
  const tracker = createDraftTracker(repairDraftSnapshot({ ...blank(), subject: null }));
  const track = (): void => {
    const dirty = tracker.dirty(repairDraftSnapshot(get()));
    if (dirty !== get().dirty) setState({ dirty });
  };
  /** A change of the draft: dirty when it no longer equals the start state. */
  const set = (patch: Patch): void => {
    setState(patch);
    track();
  };
  /** The wizard filled the form in on its own: the form starts again from it, still the start while unchanged. */
  const prefill = (values: (current: RepairFormValues) => RepairFormValues): void => {
    const dirty = get().dirty;
    setState((state) => ({ values: values(state.values), formKey: state.formKey + 1 }));
    tracker.adopt(repairDraftSnapshot(get()), dirty);
    track();
  };
  /** The wizard starts again (or closes): the state it is given is the new start state. */
  const restart = (patch: Partial<NewRepairState>): void => {
    candidatesSerial += 1;
    setState((state) => ({
      ...blank(),
      ...patch,
      formKey: state.formKey + 1,
      dirty: false,
      pendingStart: null,
      cancelling: false,
    }));
    tracker.reset(repairDraftSnapshot(get()));
  };

  const loadCandidates = async (subjectId: string, preselect: string | null): Promise<void> => {
    candidatesSerial += 1;
    const serial = candidatesSerial;
    set({ candidates: null, candidatesError: null, step: 1 });
    const result = await client.call('repairs:candidates', { subjectId });
    if (serial !== candidatesSerial) return;
    if (!result.ok) {
      set({ candidatesError: result.error.message });
      return;
    }
    const { subject, candidates } = result.value;
    const preselected = candidates.find(
      (candidate) => candidate.targetId === preselect && isSelectable(candidate),
    );
    setState({ subject, candidates });
    prefill((values) => ({
      ...values,
      subjectId: subject.id,
      ...(preselected === undefined
        ? { targetId: '' }
        : { targetTable: preselected.targetTable, targetId: preselected.targetId }),
    }));
  };

  const begin = ({ intent }: RepairStart): void => {
    restart({
      open: true,
      knownIdentifier: intent?.identifier ?? null,
      checkCaseNumber: intent?.caseNumber ?? null,
    });
    if (intent !== null) void loadCandidates(intent.subjectId, intent.targetId);
  };

  const guard = draftGuard<RepairStart>({ get, set: setState, begin, close: () => get().close() });
  return {
    ...blank(),
    formKey: 0,
    open: false,
    dirty: false,
    pendingStart: null,
    cancelling: false,
    start: () => guard.request({ intent: null }),
    startFrom: (intent) => guard.request({ intent }),
    discardDraft: guard.discardDraft,
    keepDraft: guard.keepDraft,
    cancel: guard.cancel,
    close: () => restart({ open: false }),
    setQuery: (query) => set({ query, searchError: null }),
    search: async () => {
      const query = get().query.trim();
      if (query === '' || get().searching) return;
      set({ searching: true, searchError: null, results: null });
      const result = await client.call('subjects:search', { query, limit: 20 });
      if (!result.ok) {
        set({ searching: false, searchError: fieldRefusalText(result.error) });
        return;
      }
      set({
        searching: false,
        results: { query, items: result.value.items, active: 0, more: result.value.more },
      });
    },
    moveActive: (delta) =>
      set((state) => {
        const results = state.results;
        if (results === null || results.items.length === 0) return {};
        const count = results.items.length;
        return { results: { ...results, active: (results.active + delta + count) % count } };
      }),
    pickSubject: async (subject) => {
      if (subject.id !== get().subject?.id) {
        // Another applicant: the materials (and the notices about them), the 承诺书 and the check's case belong
        // to the previous one, and so do files still being stored for it (the form starts again).
        set((state) => ({
          values: { ...state.values, attachments: [] },
          formKey: state.formKey + 1,
          fileNotices: [],
          reading: 0,
          checkCaseNumber: null,
        }));
      }
      set({ subject, knownIdentifier: null, preparedFor: null });
      await loadCandidates(subject.id, null);
    },
    goTo: (step) => {
      if (step < get().step) set({ step, submitError: null });
    },
    prepare: () => {
      const { subject, knownIdentifier, checkCaseNumber, candidates, values, preparedFor } = get();
      const candidate = chosenCandidate(candidates, values);
      if (subject === null || candidate === null) return;
      const key = candidateKey(candidate);
      if (preparedFor !== key) {
        const settings = cachedAppInfo()?.settings;
        const commitment = initialCommitment({
          subject,
          knownIdentifier,
          caseNumber: checkCaseNumber,
          candidate,
          acceptingUnit: { name: settings?.department ?? '', code: settings?.departmentCode ?? '' },
          today: beijingDay(new Date()),
        });
        setState({ preparedFor: key });
        prefill((current) => ({ ...current, requestedOutcome: candidate.suggestedOutcome, commitment }));
      }
      set({ step: 2 });
    },
    advance: (step) => set({ step }),
    saveValues: (values) => set({ values }),
    setReading: (delta) => setState((state) => ({ reading: state.reading + delta })),
    setFileNotices: (fileNotices) => setState({ fileNotices }),
    setSubmitError: (submitError) => setState({ submitError }),
  };
});
