import Chip from '@mui/material/Chip';
import type { CheckDelivery } from '../../../shared/feedback-forwarding/delivery';
import { deliveryStateLabels } from '../../../shared/domain/labels';
import { formatBeijing } from '../../../shared/time';
import { recordsTableTexts } from './texts';

const tone: Record<CheckDelivery['state'], 'success' | 'warning' | 'error' | 'default'> = {
  delivered: 'success',
  pending: 'default',
  retrying: 'warning',
  dead: 'error',
};

/** What a person reads of a check's delivery: the state, with the time or the last error as its title. */
export const deliveryText = (delivery: CheckDelivery): { label: string; title: string } => {
  const label = deliveryStateLabels[delivery.state];
  if (delivery.state === 'delivered' && delivery.deliveredAt !== null)
    return { label, title: recordsTableTexts.delivery.deliveredAt(formatBeijing(delivery.deliveredAt)) };
  return { label, title: delivery.lastError === null ? label : `${label}：${delivery.lastError}` };
};

/** 待报送 / 已报送 / 报送失败，重试中 / 报送失败（已停止重试）; nothing for a check without feedback. */
export const DeliveryChip = ({ delivery }: { delivery: CheckDelivery | null | undefined }) => {
  if (delivery === null || delivery === undefined) return null;
  const { label, title } = deliveryText(delivery);
  return (
    <Chip
      label={label}
      title={title}
      color={tone[delivery.state]}
      size="small"
      variant="outlined"
      data-testid="record-delivery"
      data-state={delivery.state}
      sx={{ maxWidth: '100%' }}
    />
  );
};
