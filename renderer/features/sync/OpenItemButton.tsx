import Button from '@mui/material/Button';
import type { RejectedEntry } from '../../../shared/domain/sync';
import { useRouter } from '../../app/router';
import { syncTexts } from './texts';

/** 打开该事项: the commitment or repair application an outbox entry is about. */
export const OpenItemButton = ({
  item,
  testId,
}: {
  item: NonNullable<RejectedEntry['item']>;
  testId: string;
}) => (
  <Button
    size="small"
    data-testid={testId}
    onClick={() =>
      useRouter
        .getState()
        .navigate(
          item.area === 'commitments' ? { page: 'commitment', id: item.id } : { page: 'repair', id: item.id },
        )
    }
  >
    {syncTexts.rejected.openItem}
  </Button>
);
