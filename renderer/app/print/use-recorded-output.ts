import { useState } from 'react';
import type { ReportOutput } from '../../../shared/domain/report';
import type { Result } from '../../../shared/result';
import { shellPrints } from './shell-prints';
import { printTexts } from './texts';

type Outputs = {
  /** Records the output in the audit trail (reports:printed, check:sheet-printed). */
  record: (how: ReportOutput) => Promise<Result<unknown>>;
  /** The desktop shell saves the document as PDF (…:pdf) or prints it (…:print). */
  pdf: () => Promise<Result<{ saved: boolean; path: string | null }>>;
  print: () => Promise<Result<{ printed: boolean }>>;
};

export type RecordedOutput = {
  output: (how: ReportOutput) => Promise<void>;
  busy: boolean;
  error: string | null;
  notice: string | null;
};

/**
 * 打印 / 保存为PDF of a document over the app, every output recorded: in the browser host before the browser's
 * print dialog opens (nothing printed unrecorded); in the desktop app once the shell has printed or saved it.
 */
export const useRecordedOutput = ({ record, pdf, print }: Outputs): RecordedOutput => {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const recorded = async (how: ReportOutput): Promise<boolean> => {
    const answer = await record(how);
    if (!answer.ok) setError(answer.error.message);
    return answer.ok;
  };

  const output = async (how: ReportOutput): Promise<void> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (!shellPrints()) {
        if (await recorded(how)) window.print();
        return;
      }
      if (how === 'pdf') {
        const saved = await pdf();
        if (!saved.ok) setError(saved.error.message);
        else if (saved.value.saved && saved.value.path !== null && (await recorded('pdf')))
          setNotice(printTexts.savedTo(saved.value.path));
      } else {
        const printed = await print();
        if (!printed.ok) setError(printed.error.message);
        else if (printed.value.printed) await recorded('print');
      }
    } finally {
      setBusy(false);
    }
  };

  return { output, busy, error, notice };
};
