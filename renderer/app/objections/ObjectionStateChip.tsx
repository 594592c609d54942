import Chip from '@mui/material/Chip';
import { OBJECTION_STATE_LABELS, type ObjectionState } from '../../../shared/objection/state-machine';
import type { Tone } from '../../theme/tokens';

const stateTone: Record<ObjectionState, Tone> = {
  submitted: 'info',
  routed: 'primary',
  decided: 'success',
  rejected: 'default',
  withdrawn: 'default',
};

export const ObjectionStateChip = ({
  state,
  size = 'small',
}: {
  state: ObjectionState;
  size?: 'small' | 'medium';
}) => (
  <Chip
    label={OBJECTION_STATE_LABELS[state]}
    color={stateTone[state]}
    size={size}
    data-testid="objection-state"
    data-state={state}
  />
);
