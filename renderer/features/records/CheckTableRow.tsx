import TableRow from '@mui/material/TableRow';
import type { KeyboardEvent, ReactNode } from 'react';
import { useRouter } from '../../app/router';
import { focusRing } from '../../theme/tokens';

type Props = { checkId: string; testId: string; label: string; children: ReactNode };

/**
 * A row of a list of checks (核查记录, 需复核): focusable, a click or Enter/Space opens the record, ↑/↓ move
 * between rows. Keys pressed on a control inside the row (a button) are left to that control.
 */
export const CheckTableRow = ({ checkId, testId, label, children }: Props) => {
  const navigate = useRouter((state) => state.navigate);
  const open = (): void => navigate({ page: 'record', checkId });
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>): void => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const sibling =
        event.key === 'ArrowDown'
          ? event.currentTarget.nextElementSibling
          : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
    }
  };
  return (
    <TableRow
      hover
      tabIndex={0}
      data-testid={testId}
      data-check-id={checkId}
      aria-label={label}
      onClick={open}
      onKeyDown={onKeyDown}
      sx={{ cursor: 'pointer', '&:focus-visible': focusRing }}
    >
      {children}
    </TableRow>
  );
};
