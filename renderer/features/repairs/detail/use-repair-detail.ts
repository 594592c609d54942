import { useCallback, useEffect, useState } from 'react';
import type { RepairDetail } from '../../../../shared/domain/repair';
import { client } from '../../../transport/client';
import { useWorkflowChanged } from '../../../app/list/use-workflow-changed';

type DetailState = { id: string; detail: RepairDetail | null; error: string | null };

/** Loads one application, again whenever repairs change (a sync brings the platform's decision). */
export const useRepairDetail = (id: string) => {
  const [state, setState] = useState<DetailState>({ id, detail: null, error: null });
  const [serial, setSerial] = useState(0);
  useEffect(() => {
    let current = true;
    void client.call('repairs:get', { id }).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { id, detail: result.value, error: null }
          : // A failed reload keeps what is shown, with the error above it.
            { id, detail: previous.id === id ? previous.detail : null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [id, serial]);
  useWorkflowChanged('repairs', () => setSerial((value) => value + 1));
  const replace = useCallback((detail: RepairDetail) => setState({ id, detail, error: null }), [id]);
  const reload = useCallback(() => setSerial((value) => value + 1), []);
  const loading = state.id !== id || (state.detail === null && state.error === null);
  return { detail: state.id === id ? state.detail : null, error: state.error, loading, replace, reload };
};
