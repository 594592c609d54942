import { useEffect } from 'react';
import { onAppEvent } from '../../transport/events';

/** Calls `reload` whenever commitments changed in the core (a local edit elsewhere, or a sync). */
export const useCommitmentsChanged = (reload: () => void): void => {
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'workflow-changed' && event.area === 'commitments') reload();
      }),
    [reload],
  );
};
