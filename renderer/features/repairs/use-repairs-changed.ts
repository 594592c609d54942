import { useEffect, useRef } from 'react';
import { onAppEvent } from '../../transport/events';

/** Calls back when the core reports changed repair applications (a local step, or a sync brought some). */
export const useRepairsChanged = (callback: () => void): void => {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'workflow-changed' && event.area === 'repairs') latest.current();
        if (event.type === 'sync-finished') latest.current();
      }),
    [],
  );
};
