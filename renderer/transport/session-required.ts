// Any call the core refuses with SIGN_IN_REQUIRED means the session ended or locked behind the UI's back (a
// missed event, a restarted core): the session store listens here and brings the sign-in or lock screen back.
type Listener = () => void;

const listeners = new Set<Listener>();

export const onSignInRequired = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const reportSignInRequired = (): void => {
  for (const listener of listeners) listener();
};
