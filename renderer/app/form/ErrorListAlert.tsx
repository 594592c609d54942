import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';

type Props = { title: string; message: string; items: readonly string[]; testId: string };

/** A refused save: the core's message, then each reason no field could show. */
export const ErrorListAlert = ({ title, message, items, testId }: Props) => (
  <Alert severity="error" data-testid={testId}>
    <AlertTitle>{title}</AlertTitle>
    {message}
    {items.length > 0 && (
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </Box>
    )}
  </Alert>
);
