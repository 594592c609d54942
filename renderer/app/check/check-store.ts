import { feedbackState } from '../../../shared/check/feedback-state';
import { create } from 'zustand';
import type { Applicant, CheckDetail, CheckResult } from '../../../shared/domain/check';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { normaliseIdentifier } from '../../../shared/identifiers';
import type { AppError } from '../../../shared/result';
import { client } from '../../transport/client';
import { classifyApplicant } from './classify';
import {
  isIdentifierRefusal,
  nearMatchesOf,
  nearMatchesOfResult,
  refusalOf,
  type NearMatches,
} from './refusal';
import {
  overrideReasonError,
  toSessionCheck,
  validateContext,
  type ContextErrors,
  type SessionCheck,
} from './check-model';

export type Candidates = {
  rawAtSearch: string;
  query: string;
  items: SubjectSummary[];
  active: number;
  /** More subjects match than are listed. */
  more: boolean;
};
export type PendingOverride = { raw: string; value: string; message: string };
export type FocusTarget = 'case-number' | 'applicant';

type CheckState = {
  caseNumber: string;
  matterCode: string | null;
  note: string;
  raw: string;
  busy: 'idle' | 'running' | 'searching';
  contextErrors: ContextErrors;
  /** The identifier's own error (not overridable), shown under the applicant field. */
  applicantError: string | null;
  override: PendingOverride | null;
  overrideReason: string;
  overrideError: string | null;
  candidates: Candidates | null;
  /** 是否为：… — cached subjects the code may have been meant as, after a refusal or a not-found result. */
  nearMatches: NearMatches | null;
  /** An error Result from the core, shown as is. */
  checkError: string | null;
  /**
   * The result of the latest check. A refused attempt (an invalid code, one waiting for an override reason, an
   * error of the core) clears it, so no earlier applicant's verdict stands beside the new attempt; the earlier
   * checks stay in `session`, each opening its record.
   */
  detail: CheckDetail | null;
  /** Checks run for the current approval, newest first. */
  session: SessionCheck[];
  focus: { target: FocusTarget; serial: number };
  setCaseNumber: (value: string) => void;
  setMatterCode: (value: string | null) => void;
  setNote: (value: string) => void;
  setRaw: (value: string) => void;
  setOverrideReason: (value: string) => void;
  moveCandidate: (delta: number) => void;
  moveNearMatch: (delta: number) => void;
  submitApplicant: () => Promise<void>;
  confirmOverride: () => Promise<void>;
  pickCandidate: (subjectId: string) => Promise<void>;
  applyDetail: (detail: CheckDetail) => void;
  /** A new check with the approval and applicant filled in (重新核查 of a flagged record); focus on the applicant. */
  prefill: (input: { caseNumber: string; matterCode: string; raw: string }) => void;
  reset: () => void;
};

const blank = {
  caseNumber: '',
  matterCode: null,
  note: '',
  raw: '',
  busy: 'idle',
  contextErrors: {},
  applicantError: null,
  override: null,
  overrideReason: '',
  overrideError: null,
  candidates: null,
  nearMatches: null,
  checkError: null,
  detail: null,
  session: [],
} as const satisfies Partial<CheckState>;

/**
 * Until the core answers with feedback, a fresh check owes feedback for each actionable hit not answered on an
 * earlier check of the same approval, and an external query when one is required.
 */
const initialDetail = (result: CheckResult): CheckDetail => ({
  result,
  feedback: [],
  feedbackState: feedbackState(result, []),
  externalQueries: [],
  standing: { supersededBy: null, externalQueryOpen: result.externalQuery?.required === true },
});

export const useCheckStore = create<CheckState>()((set, get) => {
  const requestFocus = (target: FocusTarget): void =>
    set((state) => ({ focus: { target, serial: state.focus.serial + 1 } }));

  /** Validates the approval context; on failure shows the messages and moves focus to the first one. */
  const contextValid = (): boolean => {
    const { caseNumber, matterCode, note } = get();
    const errors = validateContext({ caseNumber, matterCode, note });
    set({ contextErrors: errors });
    if (errors.caseNumber !== undefined) requestFocus('case-number');
    return Object.keys(errors).length === 0;
  };

  /**
   * The core refused the code itself: its message, the override only where the core offers it, and the subjects
   * the code may have been meant as. Focus stays in the field for re-typing or ↑↓ into the list, except where the
   * override is the one way on (its reason field takes the focus).
   */
  const showRefusal = (raw: string, value: string, error: AppError): void => {
    const { overridable, nearMatches } = refusalOf(error);
    set({
      busy: 'idle',
      detail: null,
      applicantError: overridable ? null : error.message,
      override: overridable ? { raw, value, message: error.message } : null,
      nearMatches: nearMatchesOf(nearMatches, get().raw, value, 'refused'),
    });
    if (!overridable || nearMatches.length > 0) requestFocus('applicant');
  };

  const run = async (applicant: Applicant): Promise<void> => {
    const { caseNumber, matterCode, note } = get();
    if (matterCode === null) return;
    set({ busy: 'running', checkError: null, applicantError: null });
    const trimmedNote = note.trim();
    const result = await client.call('check:run', {
      context: {
        caseNumber: caseNumber.trim(),
        matterCode,
        ...(trimmedNote === '' ? {} : { note: trimmedNote }),
      },
      applicant,
    });
    if (!result.ok) {
      if (applicant.by === 'identifier' && isIdentifierRefusal(result.error)) {
        showRefusal(applicant.raw, normaliseIdentifier(applicant.raw), result.error);
        return;
      }
      set({ busy: 'idle', checkError: result.error.message, detail: null });
      return;
    }
    const detail = initialDetail(result.value);
    set((state) => ({
      busy: 'idle',
      detail,
      session: [
        toSessionCheck(detail),
        ...state.session.filter((item) => item.checkId !== detail.result.checkId),
      ],
      raw: '',
      override: null,
      overrideReason: '',
      overrideError: null,
      candidates: null,
      nearMatches: nearMatchesOfResult(detail.result),
    }));
    requestFocus('applicant');
  };

  const search = async (raw: string, query: string): Promise<void> => {
    set({ busy: 'searching', checkError: null, candidates: null });
    const result = await client.call('subjects:search', { query, limit: 20 });
    if (!result.ok) {
      // A refused attempt clears the last applicant's verdict: it must never stand beside another's error.
      set({ busy: 'idle', checkError: result.error.message, detail: null });
      return;
    }
    const { items, more } = result.value;
    set({ busy: 'idle', candidates: { rawAtSearch: raw, query, items, active: 0, more } });
  };

  return {
    ...blank,
    focus: { target: 'case-number', serial: 0 },
    setCaseNumber: (caseNumber) =>
      set((state) => ({ caseNumber, contextErrors: { ...state.contextErrors, caseNumber: undefined } })),
    setMatterCode: (matterCode) =>
      set((state) => ({ matterCode, contextErrors: { ...state.contextErrors, matterCode: undefined } })),
    setNote: (note) => set((state) => ({ note, contextErrors: { ...state.contextErrors, note: undefined } })),
    setRaw: (raw) =>
      set((state) => ({
        raw,
        applicantError: null,
        // An override belongs to the exact code it was raised for; editing the code withdraws it.
        override:
          state.override !== null && normaliseIdentifier(raw) === state.override.value
            ? state.override
            : null,
        candidates:
          state.candidates !== null && raw === state.candidates.rawAtSearch ? state.candidates : null,
        nearMatches:
          state.nearMatches !== null && raw === state.nearMatches.rawAtSearch ? state.nearMatches : null,
      })),
    setOverrideReason: (overrideReason) => set({ overrideReason, overrideError: null }),
    moveCandidate: (delta) =>
      set((state) => {
        const candidates = state.candidates;
        if (candidates === null || candidates.items.length === 0) return {};
        const count = candidates.items.length;
        return { candidates: { ...candidates, active: (candidates.active + delta + count) % count } };
      }),
    moveNearMatch: (delta) =>
      set((state) => {
        const near = state.nearMatches;
        if (near === null) return {};
        // From "none highlighted" (-1), ↓ goes to the first and ↑ to the last.
        const count = near.items.length;
        const from = near.active < 0 ? (delta > 0 ? -1 : count) : near.active;
        return { nearMatches: { ...near, active: (from + delta + count) % count } };
      }),
    submitApplicant: async () => {
      const state = get();
      if (state.busy !== 'idle') return;
      const candidates = state.candidates;
      const picked =
        candidates !== null && state.raw === candidates.rawAtSearch
          ? candidates.items[candidates.active]
          : undefined;
      const near = state.nearMatches;
      const suggested = near !== null && state.raw === near.rawAtSearch ? near.items[near.active] : undefined;
      if (!contextValid()) return;
      const subject = picked ?? suggested;
      if (subject !== undefined) {
        await run({ by: 'subject', subjectId: subject.id });
        return;
      }
      const intent = classifyApplicant(state.raw);
      set({
        applicantError: null,
        override: null,
        overrideError: null,
        checkError: null,
        nearMatches: null,
      });
      switch (intent.kind) {
        case 'run':
        case 'ask':
          await run({ by: 'identifier', raw: intent.raw });
          return;
        case 'search':
          await search(state.raw, intent.query);
          return;
        case 'invalid':
          set({ applicantError: intent.message, detail: null });
          return;
      }
    },
    confirmOverride: async () => {
      const { override, overrideReason, busy } = get();
      if (override === null || busy !== 'idle') return;
      const reason = overrideReason.trim();
      const problem = overrideReasonError(reason);
      if (problem !== null) {
        set({ overrideError: problem });
        return;
      }
      if (!contextValid()) return;
      await run({ by: 'identifier', raw: override.raw, override: { reason } });
    },
    pickCandidate: async (subjectId) => {
      if (get().busy !== 'idle' || !contextValid()) return;
      await run({ by: 'subject', subjectId });
    },
    applyDetail: (detail) =>
      set((state) => ({
        detail: state.detail?.result.checkId === detail.result.checkId ? detail : state.detail,
        session: state.session.map((item) =>
          item.checkId === detail.result.checkId ? toSessionCheck(detail) : item,
        ),
      })),
    prefill: ({ caseNumber, matterCode, raw }) => {
      set({ ...blank, caseNumber, matterCode, raw });
      requestFocus('applicant');
    },
    reset: () => {
      set({ ...blank });
      requestFocus('case-number');
    },
  };
});
