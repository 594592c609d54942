/**
 * In the desktop app the shell prints a document (Electron's printToPDF and print dialog, electron/main/printing.ts);
 * in a browser the page prints itself (window.print(), the browser's dialog saves PDF too).
 */
export const shellPrints = (): boolean => window.api !== undefined;
