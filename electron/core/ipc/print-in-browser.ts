import { err, type Result } from '../../../shared/result';

/**
 * The core cannot print: the desktop shell overrides a document's pdf and print channels (electron/main/printing.ts)
 * and calls the core's handler first, so the role guard and the document's existence are checked here; this is
 * the answer when the caller may print it. In the browser host the page prints itself and never asks.
 */
export const printInBrowser = (): Result<never> =>
  err('PRINT_IN_BROWSER', '请使用浏览器的打印功能（Ctrl+P）打印或另存为PDF');
