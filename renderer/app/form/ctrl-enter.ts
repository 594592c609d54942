import type { KeyboardEvent } from 'react';

/**
 * A form's keydown handler: Ctrl+Enter (⌘+Enter) submits; a plain Enter never does (no accidental submits). The
 * event stops here so the app-wide Ctrl+Enter (use-global-shortcuts) does not submit a second form.
 */
export const submitOnCtrlEnter =
  (submit: () => Promise<void>) =>
  (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void submit();
    }
  };
