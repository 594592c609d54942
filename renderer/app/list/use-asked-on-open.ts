import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Channel } from '../../../shared/contract/channels';

/**
 * A page's answers of `channel` are asked again when the page opens, what the cache had shown meanwhile: not every
 * change of the core is announced by an event (a feedback recorded, an entry of the audit log). Marking them old
 * before the page's query mounts makes it ask once, as it mounts.
 */
export const useAskedOnOpen = (channel: Channel): void => {
  const queries = useQueryClient();
  useState(() => void queries.invalidateQueries({ queryKey: [channel], refetchType: 'none' }));
};
