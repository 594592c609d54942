import { useEffect, useRef, type RefObject } from 'react';
import { useCheckStore, type FocusTarget } from '../../app/check/check-store';

/** Focuses the element whenever the store asks for `target` (after a check, on Alt+N, on a context error). */
export const useFocusRequest = (target: FocusTarget): RefObject<HTMLInputElement | null> => {
  const ref = useRef<HTMLInputElement | null>(null);
  const focus = useCheckStore((state) => state.focus);
  useEffect(() => {
    if (focus.target !== target || focus.serial === 0) return;
    ref.current?.focus();
    ref.current?.select();
  }, [focus, target]);
  return ref;
};
