import type { Interpolation, Theme } from '@mui/material/styles';
import { printSheet } from '../../../theme/tokens';

/**
 * On paper only the report: the app (every other child of <body>) is hidden, the full-screen preview flows as
 * ordinary blocks so the report runs over pages, the toolbar is left out. The watermark is fixed in print, so
 * Chromium repeats it on every page; table rows never split across pages and table heads repeat.
 */
export const reportPrintStyles: Interpolation<Theme> = {
  '@page': { size: 'A4', margin: printSheet.margin },
  '@media print': {
    'html, body': {
      height: 'auto !important',
      overflow: 'visible !important',
      background: 'none !important',
    },
    'body > *:not([data-print-root])': { display: 'none !important' },
    '[data-print-root], [data-print-root] .MuiDialog-container, [data-print-root] .MuiDialog-paper': {
      position: 'static !important',
      display: 'block !important',
      height: 'auto !important',
      maxHeight: 'none !important',
      overflow: 'visible !important',
      background: 'none !important',
      boxShadow: 'none !important',
    },
    '[data-print-root] .MuiBackdrop-root, [data-print-chrome]': { display: 'none !important' },
    '[data-print-sheet]': {
      width: 'auto !important',
      minHeight: '0 !important',
      margin: '0 !important',
      padding: '0 !important',
      boxShadow: 'none !important',
      overflow: 'visible !important',
    },
    '[data-report-watermark]': { position: 'fixed !important', inset: '0 !important' },
  },
  '[data-report-document] tr': { breakInside: 'avoid' },
  '[data-report-document] thead': { display: 'table-header-group' },
  '[data-report-document] h2, [data-report-document] h3': { breakAfter: 'avoid' },
  '[data-report-cover]': { breakAfter: 'page' },
};
