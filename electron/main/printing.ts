import type { BaseWindow, Dialog, IpcMainInvokeEvent, WebContents } from 'electron';
import { ok, err } from '../../shared/result';
import type { HostHandlers } from './ipc';

export type PrintingDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the save dialog belongs to (the main window). */
  window: () => BaseWindow | null;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
};

type PrintableContents = Pick<WebContents, 'printToPDF' | 'print'>;

// The page's print CSS (@page A4, only the report) shapes both outputs: printToPDF and print use print media.
const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** Chromium's words for a print the user cancelled in the dialog: not a failure. */
const CANCELLED = /cancel/i;

const printWith = (contents: PrintableContents): Promise<{ success: boolean; reason: string }> =>
  new Promise((resolve) =>
    contents.print({ silent: false, printBackground: true }, (success, reason) =>
      resolve({ success, reason }),
    ),
  );

/**
 * The desktop app prints reports through Electron's own printing, from the window that asked (the sender):
 * reports:pdf renders the page with printToPDF and saves it where the user chooses; reports:print opens the
 * system print dialog. Each first calls the core's handler, which answers REPORT_PRINT_IN_BROWSER when the
 * caller may print that report (role and existence checked in the core); any other answer is returned as is.
 */
export function reportPrintHandlers(deps: PrintingDeps): HostHandlers {
  const contentsOf = (event: IpcMainInvokeEvent): PrintableContents => event.sender;
  return {
    'reports:pdf': async (event, request, core) => {
      const allowed = await core(request);
      if (allowed.ok || allowed.error.code !== 'REPORT_PRINT_IN_BROWSER') return allowed;
      try {
        const data = await contentsOf(event).printToPDF(PDF_OPTIONS);
        const options = {
          title: '保存信用报告',
          defaultPath: `公共信用信息报告-${request.number}.pdf`,
          filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
        };
        const window = deps.window();
        const choice = await (window === null
          ? deps.dialog.showSaveDialog(options)
          : deps.dialog.showSaveDialog(window, options));
        if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
          return ok({ saved: false, path: null });
        await deps.writeFile(choice.filePath, data);
        return ok({ saved: true, path: choice.filePath });
      } catch (error) {
        return err(
          'REPORT_PRINT_FAILED',
          `保存PDF失败：${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    'reports:print': async (event, request, core) => {
      const allowed = await core(request);
      if (allowed.ok || allowed.error.code !== 'REPORT_PRINT_IN_BROWSER') return allowed;
      const { success, reason } = await printWith(contentsOf(event));
      if (success || CANCELLED.test(reason)) return ok({ printed: success });
      return err('REPORT_PRINT_FAILED', `打印失败：${reason}`);
    },
  };
}
