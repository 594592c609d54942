import { useCallback, useEffect, useState } from 'react';
import type { CheckDetail } from '../../../shared/domain/check';
import { client } from '../../transport/client';

type DetailState = { checkId: string; detail: CheckDetail | null; error: string | null };

/** Loads one stored check; `replace` takes the detail the core returns after feedback. */
export const useCheckDetail = (checkId: string) => {
  const [state, setState] = useState<DetailState>({ checkId, detail: null, error: null });
  useEffect(() => {
    let current = true;
    void client.call('check:get', { checkId }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { checkId, detail: result.value, error: null }
          : { checkId, detail: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [checkId]);
  const replace = useCallback((detail: CheckDetail) => setState({ checkId, detail, error: null }), [checkId]);
  const loading = state.checkId !== checkId || (state.detail === null && state.error === null);
  return { detail: state.checkId === checkId ? state.detail : null, error: state.error, loading, replace };
};
