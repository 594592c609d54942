// Enough tiles to cover an A4 page (and the preview's sheet) at any scale.
const ROWS = 6;
const COLUMNS = 2;

/**
 * The diagonal watermark — issuing unit, report number and time of issue — over the report. On screen it covers
 * the sheet; in print it is position: fixed (report-print-styles.ts), which Chromium repeats on every page.
 */
export const Watermark = ({ text }: { text: string }) => (
  <div
    aria-hidden="true"
    data-report-watermark=""
    data-testid="report-watermark"
    style={{
      position: 'absolute',
      inset: 0,
      pointerEvents: 'none',
      zIndex: 1,
      display: 'grid',
      gridTemplateColumns: `repeat(${COLUMNS}, 1fr)`,
      gridTemplateRows: `repeat(${ROWS}, 1fr)`,
      overflow: 'hidden',
    }}
  >
    {Array.from({ length: ROWS * COLUMNS }, (_, index) => (
      <span
        key={index}
        style={{
          alignSelf: 'center',
          justifySelf: 'center',
          transform: 'rotate(-30deg)',
          whiteSpace: 'nowrap',
          fontSize: '9pt',
          color: 'rgba(0, 0, 0, 0.13)',
          userSelect: 'none',
        }}
      >
        {text}
      </span>
    ))}
  </div>
);
