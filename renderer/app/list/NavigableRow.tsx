import TableRow from '@mui/material/TableRow';
import type { KeyboardEvent, ReactNode } from 'react';
import { focusRing } from '../../theme/tokens';
import { useRouter, type Route } from '../router';

type Props = {
  /** Where a click or Enter/Space leads. */
  to: Route;
  testId: string;
  label: string;
  /** data-* attributes for tests and styling, e.g. { 'data-check-id': id }. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
};

/**
 * A row of every list (核查记录, 需复核, 告知承诺, 信用修复): focusable, a click or Enter/Space opens the item, ↑/↓
 * move between rows. Keys pressed on a control inside the row (a button) are left to that control.
 */
export const NavigableRow = ({ to, testId, label, data, children }: Props) => {
  const navigate = useRouter((state) => state.navigate);
  const open = (): void => navigate(to);
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
      {...data}
      aria-label={label}
      onClick={open}
      onKeyDown={onKeyDown}
      sx={{ cursor: 'pointer', '&:focus-visible': focusRing }}
    >
      {children}
    </TableRow>
  );
};
