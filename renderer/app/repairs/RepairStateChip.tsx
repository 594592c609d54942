import Chip from '@mui/material/Chip';
import { REPAIR_STATE_LABELS, type RepairState } from '../../../shared/repair/state-machine';
import type { Tone } from '../../theme/tokens';

const stateTone: Record<RepairState, Tone> = {
  draft: 'default',
  submitted: 'info',
  accepted: 'primary',
  reviewing: 'primary',
  refused: 'default',
  granted: 'success',
  denied: 'error',
};

export const RepairStateChip = ({
  state,
  size = 'small',
}: {
  state: RepairState;
  size?: 'small' | 'medium';
}) => (
  <Chip
    label={REPAIR_STATE_LABELS[state]}
    color={stateTone[state]}
    size={size}
    data-testid="repair-state"
    data-state={state}
  />
);
