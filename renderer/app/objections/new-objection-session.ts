import { create } from 'zustand';
import type { ObjectionCandidate } from '../../../shared/domain/objection';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { createDraftTracker, draftGuard } from '../draft/draft-tracker';
import { fieldRefusalText } from '../form/place-refusal';
import { client } from '../../transport/client';
import { blankObjectionValues, subjectAsApplicant, type ObjectionDraftValues } from './objection-form';

/** What a check result hands over: the subject as it was found, the record objected to, the check. */
export type ObjectionIntent = {
  subjectId: string;
  /** The full identifier (the check result has it; a name search shows only the masked one). */
  identifier: string | null;
  target: { targetTable: 'credit_records' | 'list_entries'; targetId: string };
  checkId: string | null;
};

type Start = { intent: ObjectionIntent | null };

/** A refused submission; `openId` is the objection already open against a record (OBJECTION_ALREADY_OPEN). */
export type ObjectionSubmitError = { code: string; message: string; openId: string | null };

export type NewObjectionState = {
  open: boolean;
  dirty: boolean;
  pendingStart: Start | null;
  cancelling: boolean;
  /** The form's values as last seen; the form starts again from them whenever `formKey` changes. */
  values: ObjectionDraftValues;
  formKey: number;
  query: string;
  searching: boolean;
  results: { query: string; items: SubjectSummary[]; active: number; more: boolean } | null;
  searchError: string | null;
  subject: SubjectSummary | null;
  knownIdentifier: string | null;
  candidates: ObjectionCandidate[] | null;
  candidatesError: string | null;
  reading: number;
  fileNotices: string[];
  submitError: ObjectionSubmitError | null;
};

type Actions = {
  /** 受理异议申请 (blank); asks first when it would replace the clerk's input. */
  start: () => void;
  /** 提出异议 from a check result; asks first like start. */
  startFrom: (intent: ObjectionIntent) => void;
  discardDraft: () => void;
  keepDraft: () => void;
  cancel: () => void;
  close: () => void;
  setQuery: (query: string) => void;
  search: () => Promise<void>;
  moveActive: (delta: number) => void;
  pickSubject: (subject: SubjectSummary) => Promise<void>;
  /** Back to the subject search (another subject). */
  changeSubject: () => void;
  saveValues: (values: ObjectionDraftValues) => void;
  setReading: (delta: number) => void;
  setFileNotices: (notices: string[]) => void;
  setSubmitError: (error: ObjectionSubmitError | null) => void;
};

const blank = () =>
  ({
    values: blankObjectionValues(),
    query: '',
    searching: false,
    results: null,
    searchError: null,
    subject: null,
    knownIdentifier: null,
    candidates: null,
    candidatesError: null,
    reading: 0,
    fileNotices: [],
    submitError: null,
  }) satisfies Partial<NewObjectionState>;

/** What the clerk can put into an objection; the rest of the state is how the form shows it. */
const snapshot = (state: Pick<NewObjectionState, 'query' | 'subject' | 'values'>) => ({
  query: state.query,
  subjectId: state.subject?.id ?? null,
  values: state.values,
});

/**
 * The objection being taken in: the subject search, the subject's records, and the form's values, kept when the
 * clerk looks elsewhere and comes back, and never replaced by another new objection without asking while it
 * holds the clerk's input. The form itself (react-hook-form on the contract's schema) lives on the page.
 */
export const useNewObjectionSession = create<NewObjectionState & Actions>()((setState, get) => {
  let serial = 0;
  const tracker = createDraftTracker(snapshot({ ...blank(), subject: null }));
  const track = (): void => {
    const dirty = tracker.dirty(snapshot(get()));
    if (dirty !== get().dirty) setState({ dirty });
  };
  const set = (patch: Partial<NewObjectionState>): void => {
    setState(patch);
    track();
  };
  /** The page filled the form in on its own: the start state while the clerk has changed nothing. */
  const prefill = (values: (current: ObjectionDraftValues) => ObjectionDraftValues): void => {
    const dirty = get().dirty;
    setState((state) => ({ values: values(state.values), formKey: state.formKey + 1 }));
    tracker.adopt(snapshot(get()), dirty);
    track();
  };
  const restart = (patch: Partial<NewObjectionState>): void => {
    serial += 1;
    setState((state) => ({
      ...blank(),
      ...patch,
      formKey: state.formKey + 1,
      dirty: false,
      pendingStart: null,
      cancelling: false,
    }));
    tracker.reset(snapshot(get()));
  };

  const loadCandidates = async (
    subjectId: string,
    intent: Pick<ObjectionIntent, 'target' | 'checkId'> | null,
  ): Promise<void> => {
    serial += 1;
    const mine = serial;
    setState({ candidates: null, candidatesError: null });
    const result = await client.call('objections:candidates', { subjectId });
    if (mine !== serial) return;
    if (!result.ok) {
      setState({ candidatesError: result.error.message });
      return;
    }
    const { subject, candidates } = result.value;
    const preselected = candidates.find(
      (candidate) =>
        intent !== null &&
        candidate.targetTable === intent.target.targetTable &&
        candidate.targetId === intent.target.targetId &&
        candidate.openObjectionId === null,
    );
    setState({ subject, candidates });
    const known = get().knownIdentifier;
    prefill((values) => ({
      ...values,
      subjectId: subject.id,
      checkId: intent?.checkId ?? null,
      targets:
        preselected === undefined
          ? []
          : [{ targetTable: preselected.targetTable, targetId: preselected.targetId }],
      applicant:
        values.applicant.role === 'subject'
          ? subjectAsApplicant(subject, known, values.applicant.phone)
          : values.applicant,
    }));
  };

  const begin = ({ intent }: Start): void => {
    restart({ open: true, knownIdentifier: intent?.identifier ?? null });
    if (intent !== null) void loadCandidates(intent.subjectId, intent);
  };

  const guard = draftGuard<Start>({ get, set: setState, begin, close: () => get().close() });
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
    moveActive: (delta) => {
      const results = get().results;
      if (results === null || results.items.length === 0) return;
      const count = results.items.length;
      set({ results: { ...results, active: (results.active + delta + count) % count } });
    },
    pickSubject: async (subject) => {
      if (subject.id !== get().subject?.id) {
        // Another subject: the records, the materials and the applicant belong to the previous one.
        setState((state) => ({
          values: { ...blankObjectionValues(), applicant: { ...state.values.applicant, role: 'subject' } },
          formKey: state.formKey + 1,
          fileNotices: [],
          reading: 0,
        }));
      }
      set({ subject, knownIdentifier: null });
      await loadCandidates(subject.id, null);
    },
    changeSubject: () => {
      serial += 1;
      set({ subject: null, candidates: null, candidatesError: null, results: null });
    },
    saveValues: (values) => set({ values }),
    setReading: (delta) => setState((state) => ({ reading: state.reading + delta })),
    setFileNotices: (fileNotices) => setState({ fileNotices }),
    setSubmitError: (submitError) => setState({ submitError }),
  };
});
