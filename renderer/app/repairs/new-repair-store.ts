import { create } from 'zustand';
import type { RepairCandidate } from '../../../shared/domain/repair';
import { beijingDay } from '../../../shared/time';
import { useAppStore } from '../app-store';
import { createDraftTracker, draftGuard } from '../draft/draft-tracker';
import { useRouter } from '../router';
import { client } from '../../transport/client';
import { repairDraftTexts } from './texts';
import {
  blank,
  candidateKey,
  isSelectable,
  repairDraftSnapshot,
  type NewRepairState,
  type RepairStart,
} from './new-repair-state';
import {
  buildRequest,
  commitmentFieldPath,
  errorsOfStep,
  initialCommitment,
  stepOfField,
  type CommitmentFields,
  type DraftErrors,
} from './repair-draft';
import { storeFile } from '../files/store-file';

export type { RepairIntent, SubmitError } from './new-repair-state';

const openIdOf = (details: unknown): string | null =>
  typeof details === 'object' && details !== null && 'id' in details && typeof details.id === 'string'
    ? details.id
    : null;

type Patch = Partial<NewRepairState> | ((state: NewRepairState) => Partial<NewRepairState>);

const withoutKeys = (errors: DraftErrors, keys: readonly string[]): DraftErrors =>
  Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key)));

/**
 * The new application being filled in; kept when the clerk looks elsewhere and comes back, and never replaced by
 * another new application without asking while it holds the clerk's input (`dirty`).
 */
export const useNewRepairStore = create<NewRepairState>()((setState, get) => {
  let candidatesSerial = 0;
  // Files still being stored belong to the application they were added to, not to one started meanwhile.
  let generation = 0;
  const tracker = createDraftTracker(repairDraftSnapshot(blank));
  const track = (): void => {
    const dirty = tracker.dirty(repairDraftSnapshot(get()));
    if (dirty !== get().dirty) setState({ dirty });
  };
  /** A change of the draft: dirty when it no longer equals the start state. */
  const set = (patch: Patch): void => {
    setState(patch);
    track();
  };
  /** A change the wizard made on its own (a lookup's answer): part of the start state while nothing else changed. */
  const prefill = (patch: Patch): void => {
    const dirty = get().dirty;
    setState(patch);
    tracker.adopt(repairDraftSnapshot(get()), dirty);
    track();
  };
  /** The wizard starts again (or closes): the state it is given is the new start state. */
  const restart = (patch: Partial<NewRepairState>): void => {
    generation += 1;
    candidatesSerial += 1;
    setState({ ...blank, ...patch, dirty: false, pendingStart: null, cancelling: false });
    tracker.reset(repairDraftSnapshot(get()));
  };

  const selected = (): RepairCandidate | null => {
    const { candidates, targetKey } = get();
    return candidates?.find((candidate) => candidateKey(candidate) === targetKey) ?? null;
  };

  const loadCandidates = async (subjectId: string, preselect: string | null): Promise<void> => {
    candidatesSerial += 1;
    const serial = candidatesSerial;
    set({ candidates: null, candidatesError: null, targetKey: null, step: 1 });
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
    prefill({ subject, candidates, targetKey: preselected === undefined ? null : candidateKey(preselected) });
  };

  /**
   * The form and the 承诺书 start from the chosen record (认定单位 = its unit) and the settings (受理单位 = the
   * clerk's department and its code); re-choosing a record starts them again.
   */
  const prepareFor = (candidate: RepairCandidate): void => {
    const { subject, knownIdentifier, checkCaseNumber, commitment, targetKey } = get();
    if (subject === null) return;
    if (commitment !== null && targetKey === candidateKey(candidate)) return;
    const settings = useAppStore.getState().info?.settings;
    prefill((state) => ({
      application: { ...state.application, requestedOutcome: candidate.suggestedOutcome },
      commitment: initialCommitment({
        subject,
        knownIdentifier,
        caseNumber: checkCaseNumber,
        candidate,
        acceptingUnit: { name: settings?.department ?? '', code: settings?.departmentCode ?? '' },
        today: beijingDay(new Date()),
      }),
    }));
  };

  const validate = (): ReturnType<typeof buildRequest> | null => {
    const { subject, application, attachments, commitment } = get();
    const candidate = selected();
    if (subject === null || candidate === null || commitment === null) return null;
    return buildRequest({ subject, candidate, application, attachments, commitment, accept: false });
  };

  const begin = ({ intent }: RepairStart): void => {
    restart({
      open: true,
      knownIdentifier: intent?.identifier ?? null,
      checkCaseNumber: intent?.caseNumber ?? null,
    });
    if (intent !== null) void loadCandidates(intent.subjectId, intent.targetId);
  };

  const guard = draftGuard<RepairStart>({
    get,
    set: setState,
    begin,
    close: () => get().close(),
  });
  const request = guard.request;
  return {
    ...blank,
    open: false,
    dirty: false,
    pendingStart: null,
    cancelling: false,
    start: () => request({ intent: null }),
    startFrom: (intent) => request({ intent }),
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
        set({ searching: false, searchError: result.error.message });
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
        // Another applicant: the materials (and the notices about them) and the check's case belong to the
        // previous one, and so do files still being stored for it.
        generation += 1;
        set((state) => ({
          attachments: [],
          fileNotices: [],
          reading: 0,
          checkCaseNumber: null,
          errors: withoutKeys(state.errors, ['attachments']),
        }));
      }
      set({ subject, knownIdentifier: null, commitment: null });
      await loadCandidates(subject.id, null);
    },
    selectTarget: (targetKey) => {
      const candidate = get().candidates?.find((each) => candidateKey(each) === targetKey);
      if (candidate === undefined || !isSelectable(candidate)) return;
      if (targetKey !== get().targetKey) set({ commitment: null });
      set((state) => ({ targetKey, errors: withoutKeys(state.errors, ['targetId']) }));
    },
    goTo: (step) => {
      if (step < get().step) set({ step, submitError: null });
    },
    next: () => {
      const { step } = get();
      if (step === 0) return;
      if (step === 1) {
        const candidate = selected();
        if (candidate === null) {
          set((state) => ({ errors: { ...state.errors, targetId: repairDraftTexts.pickRequired } }));
          return;
        }
        prepareFor(candidate);
        set({ step: 2 });
        return;
      }
      if (step === 2) {
        const built = validate();
        if (built === null) return;
        const stepErrors = built.ok ? {} : errorsOfStep(built.errors, 2);
        set({ errors: stepErrors });
        if (Object.keys(stepErrors).length === 0 && get().reading === 0) set({ step: 3 });
      }
    },
    setApplication: (patch) =>
      set((state) => ({
        application: { ...state.application, ...patch },
        errors: withoutKeys(state.errors, Object.keys(patch)),
      })),
    setCommitment: (patch) =>
      set((state) => {
        if (state.commitment === null) return {};
        const fields = Object.keys(patch) as (keyof CommitmentFields)[];
        const paths = fields.map((field) => commitmentFieldPath[field]);
        return { commitment: { ...state.commitment, ...patch }, errors: withoutKeys(state.errors, paths) };
      }),
    addFiles: async (files) => {
      const notices: string[] = [];
      const draft = generation;
      set((state) => ({ reading: state.reading + files.length, fileNotices: [] }));
      for (const file of files) {
        const stored = await storeFile(file);
        if (draft !== generation) return;
        set((state) => ({ reading: state.reading - 1 }));
        if (!stored.ok) notices.push(stored.notice);
        else if (get().attachments.some((attachment) => attachment.sha256 === stored.sha256))
          notices.push(repairDraftTexts.duplicate(file.name));
        else {
          const { sha256, size, name, mime } = stored;
          set((state) => ({
            attachments: [
              ...state.attachments,
              // The clerk says what each file is; nothing is guessed from the order they were chosen in.
              { sha256, size, name, mime, kind: 'other' },
            ],
            errors: withoutKeys(state.errors, ['attachments']),
          }));
        }
      }
      set({ fileNotices: notices });
    },
    removeAttachment: (sha256) =>
      set((state) => ({
        attachments: state.attachments.filter((attachment) => attachment.sha256 !== sha256),
      })),
    setAttachmentKind: (sha256, kind) =>
      set((state) => ({
        attachments: state.attachments.map((attachment) =>
          attachment.sha256 === sha256 ? { ...attachment, kind } : attachment,
        ),
      })),
    submit: async (accept) => {
      const { subject, application, attachments, commitment, submitting, reading } = get();
      const candidate = selected();
      if (subject === null || candidate === null || commitment === null || submitting || reading > 0) return;
      const built = buildRequest({ subject, candidate, application, attachments, commitment, accept });
      if (!built.ok) {
        const first = Math.min(...Object.keys(built.errors).map(stepOfField));
        set({ errors: built.errors, step: Math.min(first, 3), submitError: null });
        return;
      }
      set({ submitting: true, submitError: null, errors: {} });
      const result = await client.call('repairs:create', built.request);
      if (!result.ok) {
        const { code, message, details } = result.error;
        set({ submitting: false, submitError: { code, message, openId: openIdOf(details) } });
        return;
      }
      restart({ open: false });
      useRouter.getState().navigate({ page: 'repair', id: result.value.application.id });
    },
  };
});
