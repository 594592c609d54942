import type { Interpolation, Theme } from '@mui/material/styles';

/**
 * What the credit report adds to the print rules every document has (app/print/print-styles.ts): the watermark is
 * fixed in print, so Chromium repeats it on every page; table rows never split across pages and table heads
 * repeat; the cover is a page of its own.
 */
export const reportPrintStyles: Interpolation<Theme> = {
  '@media print': {
    '[data-report-watermark]': { position: 'fixed !important', inset: '0 !important' },
  },
  '[data-report-document] tr': { breakInside: 'avoid' },
  '[data-report-document] thead': { display: 'table-header-group' },
  '[data-report-document] h2, [data-report-document] h3': { breakAfter: 'avoid' },
  '[data-report-cover]': { breakAfter: 'page' },
};
