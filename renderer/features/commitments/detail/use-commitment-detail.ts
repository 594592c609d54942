import { useCallback, useEffect, useState } from 'react';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { client } from '../../../transport/client';
import { useWorkflowChanged } from '../../../app/list/use-workflow-changed';

type DetailState = { id: string; detail: CommitmentDetail | null; error: string | null };

/** Loads one commitment and reloads it when commitments change; `replace` takes the core's answer to a verify. */
export const useCommitmentDetail = (id: string) => {
  const [state, setState] = useState<DetailState>({ id, detail: null, error: null });
  const [serial, setSerial] = useState(0);
  useEffect(() => {
    let current = true;
    void client.call('commitments:get', { id }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { id, detail: result.value, error: null }
          : { id, detail: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [id, serial]);
  useWorkflowChanged('commitments', () => setSerial((value) => value + 1));
  const replace = useCallback((detail: CommitmentDetail) => setState({ id, detail, error: null }), [id]);
  const loading = state.id !== id || (state.detail === null && state.error === null);
  return { detail: state.id === id ? state.detail : null, error: state.error, loading, replace };
};
