import Button from '@mui/material/Button';
import type { RejectedEntry } from '../../../shared/domain/sync';
import { useRouter, type Route } from '../../app/router';
import { syncTexts } from './texts';

type Item = NonNullable<RejectedEntry['item']>;

/** The page of the item an outbox entry is about. */
const routeOf = (item: Item): Route => {
  switch (item.area) {
    case 'commitments':
      return { page: 'commitment', id: item.id };
    case 'repairs':
      return { page: 'repair', id: item.id };
    case 'objections':
      return { page: 'objection', id: item.id };
  }
};

/** 打开该事项: the commitment, repair application or objection an outbox entry is about. */
export const OpenItemButton = ({ item, testId }: { item: Item; testId: string }) => (
  <Button size="small" data-testid={testId} onClick={() => useRouter.getState().navigate(routeOf(item))}>
    {syncTexts.rejected.openItem}
  </Button>
);
