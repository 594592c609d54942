/** Plain data (what a form's draft is made of: strings, numbers, booleans, arrays, records) compared by value. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
};

/**
 * Whether a form's draft holds the clerk's input: it differs from the state the form started with, blank or
 * prefilled (from a check, and from the lookups that answer on their own right after).
 */
export type DraftTracker<S> = {
  /** The form (re)starts: this is its start state. */
  reset: (snapshot: S) => void;
  /**
   * A lookup, not the clerk, filled the form in: while the clerk has changed nothing, what it shows now is still
   * its start state; once the clerk has, the start state stays what it was.
   */
  adopt: (snapshot: S, dirty: boolean) => void;
  dirty: (snapshot: S) => boolean;
};

export const createDraftTracker = <S>(initial: S): DraftTracker<S> => {
  let pristine = initial;
  return {
    reset: (snapshot) => {
      pristine = snapshot;
    },
    adopt: (snapshot, dirty) => {
      if (!dirty) pristine = snapshot;
    },
    dirty: (snapshot) => !sameValue(snapshot, pristine),
  };
};

/** Starting a new draft now would throw the clerk's input away: the form is open and holds some. Ask first. */
export const mustAskBeforeStart = (state: { open: boolean; dirty: boolean }): boolean =>
  state.open && state.dirty;

/** What a form store with a guarded draft holds beside its fields. */
export type DraftGuardState<Start> = {
  open: boolean;
  dirty: boolean;
  /** A start waiting for the clerk's answer: discard the draft for it, or keep the draft. */
  pendingStart: Start | null;
  /** 取消 was pressed on a changed draft: waiting for the clerk's answer. */
  cancelling: boolean;
};

/**
 * The draft guard of a form store: a new start, or 取消, on a draft holding the clerk's input asks first (the
 * store shows the question while `pendingStart` or `cancelling` is set); discarding then does what was asked.
 */
export function draftGuard<Start>(options: {
  get: () => DraftGuardState<Start>;
  set: (patch: Partial<DraftGuardState<Start>>) => void;
  begin: (start: Start) => void;
  close: () => void;
}) {
  const { get, set, begin, close } = options;
  return {
    request: (start: Start): void => {
      if (mustAskBeforeStart(get())) set({ pendingStart: start });
      else begin(start);
    },
    discardDraft: (): void => {
      const { pendingStart, cancelling } = get();
      if (pendingStart !== null) begin(pendingStart);
      else if (cancelling) close();
    },
    keepDraft: (): void => set({ pendingStart: null, cancelling: false }),
    cancel: (): void => {
      if (mustAskBeforeStart(get())) set({ cancelling: true });
      else close();
    },
  };
}
