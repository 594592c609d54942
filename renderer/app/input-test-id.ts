import type { InputHTMLAttributes } from 'react';

/**
 * `data-testid` for an input slot (Checkbox, Radio) whose props type does not list data-* attributes; the
 * end-to-end tests drive the real <input>, not its decorative wrapper.
 */
export const inputTestId = (id: string): InputHTMLAttributes<HTMLInputElement> => {
  const props: InputHTMLAttributes<HTMLInputElement> & { 'data-testid': string } = { 'data-testid': id };
  return props;
};
