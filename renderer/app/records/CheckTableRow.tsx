import type { ReactNode } from 'react';
import { NavigableRow } from '../list/NavigableRow';

type Props = { checkId: string; testId: string; label: string; children: ReactNode };

/** A row of a list of checks (核查记录, 需复核): opens the stored record. */
export const CheckTableRow = ({ checkId, testId, label, children }: Props) => (
  <NavigableRow
    to={{ page: 'record', checkId }}
    testId={testId}
    label={label}
    data={{ 'data-check-id': checkId }}
  >
    {children}
  </NavigableRow>
);
