import { useState } from 'react';
import type { ExportFile } from '../../../shared/domain/export';
import type { Result } from '../../../shared/result';
import { saveExportFile } from '../../app/download';

/** An export the core makes on request (not server state): saved as a download, said in words, or refused. */
export function useExport(said: (name: string, rows: number) => string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<Result<ExportFile>>): Promise<void> => {
    setBusy(true);
    setNotice(null);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    saveExportFile(result.value);
    setNotice(said(result.value.name, result.value.rows));
  };
  return { busy, notice, error, run };
}
