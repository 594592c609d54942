import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

type FieldProps = { label: string; children: ReactNode; testId?: string; wide?: boolean };

/** A label above a value, for the dense definition grids; `wide` spans the row (long text, e.g. a legal basis). */
export const Field = ({ label, children, testId, wide = false }: FieldProps) => (
  <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div" data-testid={testId} sx={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

/** Responsive grid of Fields: as many ~180px columns as fit. */
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5 }}>
    {children}
  </Box>
);
