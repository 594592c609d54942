import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/contract/events';
import { onAppEvent } from '../../transport/events';

type Area = Extract<AppEvent, { type: 'workflow-changed' }>['area'];

/** Calls back when the core reports changed items of an area (a local edit elsewhere, or a sync). */
export const useWorkflowChanged = (area: Area, callback: () => void): void => {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'workflow-changed' && event.area === area) latest.current();
      }),
    [area],
  );
};
