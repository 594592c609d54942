import type { AppEvent } from '../../shared/contract/events';

export type EventListener = (event: AppEvent) => void;

/** Core → UI events. Hosts subscribe once and forward to their windows or SSE clients. */
export type EventBus = {
  emit: (event: AppEvent) => void;
  subscribe: (listener: EventListener) => () => void;
};

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit: (event) => {
      // A failing listener (a closed window, a dropped SSE client) must not stop the others.
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
