import { create } from 'qrcode';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

type Props = {
  /** What the code holds: a report's verification URL, a check's id. */
  value: string;
  sizeMm: number;
  label: string;
  testId: string;
};

/**
 * A QR code on a printed document, drawn as SVG from the code's modules (no canvas, no data URL, nothing the CSP
 * has to allow): sharp at any print resolution.
 */
export const QrCode = ({ value, sizeMm, label, testId }: Props) => {
  const path = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row += 1)
      for (let col = 0; col < modules.size; col += 1)
        if (modules.get(row, col) === 1) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    return { d: parts.join(''), size: modules.size + 2 * QUIET_ZONE };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${path.size} ${path.size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-value={value}
    >
      <rect width={path.size} height={path.size} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
};
