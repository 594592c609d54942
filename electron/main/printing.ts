import type { BaseWindow, Dialog, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Channel, ParsedRequestOf } from '../../shared/contract/channels';
import { ok, err, type Result } from '../../shared/result';
import type { Handler } from '../core/ipc/handlers';
import type { HostHandlers } from './ipc';

export type PrintingDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the save dialog belongs to (the main window). */
  window: () => BaseWindow | null;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
};

type PrintableContents = Pick<WebContents, 'printToPDF' | 'print'>;

// The page's print CSS (@page A4, only the document) shapes both outputs: printToPDF and print use print media.
const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** Chromium's words for a print the user cancelled in the dialog: not a failure. */
const CANCELLED = /cancel/i;

/** Characters no file name may hold on Windows, and control characters. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]/gu;

const printWith = (contents: PrintableContents): Promise<{ success: boolean; reason: string }> =>
  new Promise((resolve) =>
    contents.print({ silent: false, printBackground: true }, (success, reason) =>
      resolve({ success, reason }),
    ),
  );

const contentsOf = (event: IpcMainInvokeEvent): PrintableContents => event.sender;

/**
 * A printed document's pair of channels: its PDF (saved where the user chooses) and its print (the system
 * dialog); the save dialog's title and the file name it proposes (without .pdf).
 */
type PrintedDocument<Pdf extends Channel, Print extends Channel> = {
  pdf: Pdf;
  print: Print;
  saveTitle: string;
  fileName: (request: ParsedRequestOf<Pdf>) => string;
};

/**
 * One document's channels printed by Electron's own printing, from the window that asked (the sender): the pdf
 * channel renders the page with printToPDF and saves it where the user chooses; the print channel opens the
 * system print dialog. Each first calls the core's handler, which answers PRINT_IN_BROWSER when the caller may
 * print that document (role and existence checked in the core); any other answer is returned as is.
 */
function documentHandlers<Pdf extends Channel, Print extends Channel>(
  deps: PrintingDeps,
  document: PrintedDocument<Pdf, Print>,
): HostHandlers {
  const pdf = async (
    event: IpcMainInvokeEvent,
    request: ParsedRequestOf<Pdf>,
    core: Handler<Pdf>,
  ): Promise<Result<{ saved: boolean; path: string | null }>> => {
    const allowed = (await core(request)) as Result<unknown>;
    if (allowed.ok || allowed.error.code !== 'PRINT_IN_BROWSER') return allowed as Result<never>;
    try {
      const data = await contentsOf(event).printToPDF(PDF_OPTIONS);
      const options = {
        title: document.saveTitle,
        defaultPath: `${document.fileName(request).replace(UNSAFE_IN_FILE_NAME, '_')}.pdf`,
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
      return err('PRINT_FAILED', `保存PDF失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const print = async (
    event: IpcMainInvokeEvent,
    request: ParsedRequestOf<Print>,
    core: Handler<Print>,
  ): Promise<Result<{ printed: boolean }>> => {
    const allowed = (await core(request)) as Result<unknown>;
    if (allowed.ok || allowed.error.code !== 'PRINT_IN_BROWSER') return allowed as Result<never>;
    const { success, reason } = await printWith(contentsOf(event));
    if (success || CANCELLED.test(reason)) return ok({ printed: success });
    return err('PRINT_FAILED', `打印失败：${reason}`);
  };
  return { [document.pdf]: pdf, [document.print]: print };
}

/**
 * Every document the desktop shell prints: the public credit report (reports:pdf / reports:print) and the
 * 核查记录单 of one check (check:sheet-pdf / check:sheet-print), and an objection's receipt and notice
 * (objections:document-pdf / objections:document-print).
 */
export function printHandlers(deps: PrintingDeps): HostHandlers {
  return {
    ...documentHandlers(deps, {
      pdf: 'reports:pdf',
      print: 'reports:print',
      saveTitle: '保存信用报告',
      fileName: (request) => `公共信用信息报告-${request.number}`,
    }),
    ...documentHandlers(deps, {
      pdf: 'check:sheet-pdf',
      print: 'check:sheet-print',
      saveTitle: '保存核查记录单',
      fileName: () => '核查记录单',
    }),
    ...documentHandlers(deps, {
      pdf: 'objections:document-pdf',
      print: 'objections:document-print',
      saveTitle: '保存异议处理文书',
      fileName: (request) =>
        `${request.document === 'receipt' ? '异议申请回执' : '异议处理结果告知书'}-${request.id}`,
    }),
  };
}
