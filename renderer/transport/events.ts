import type { AppEvent } from '../../shared/contract/events';
import { client } from './client';

type Listener = (event: AppEvent) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | null = null;

/**
 * One subscription to the core's events, shared by every store: the browser host opens an event stream per
 * subscription, and the app needs only one. Returns the function that stops this listener.
 */
export const onAppEvent = (listener: Listener): (() => void) => {
  listeners.add(listener);
  stop ??= client.onEvent((event) => {
    for (const each of listeners) each(event);
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop !== null) {
      stop();
      stop = null;
    }
  };
};
