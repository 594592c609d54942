import Alert from '@mui/material/Alert';
import type { CheckDelivery } from '../../../shared/feedback-forwarding/delivery';
import { deliveryText } from './DeliveryChip';
import { recordsTableTexts } from './texts';

const severity = { delivered: 'success', pending: 'info', retrying: 'warning', dead: 'error' } as const;

/** On a stored check: where its feedback stands on its way to the provincial 联合奖惩 system. */
export const DeliveryNotice = ({ delivery }: { delivery: CheckDelivery | null | undefined }) => {
  if (delivery === null || delivery === undefined) return null;
  const { label, title } = deliveryText(delivery);
  return (
    <Alert
      severity={severity[delivery.state]}
      data-testid="record-delivery-notice"
      data-state={delivery.state}
    >
      {recordsTableTexts.delivery.notice(title === label ? label : title)}
      {delivery.state === 'pending' && recordsTableTexts.delivery.pendingHint}
      {delivery.state === 'dead' && recordsTableTexts.delivery.deadHint}
    </Alert>
  );
};
