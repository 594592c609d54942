// Whether the local service (Electron main or the browser host) answers at all. Every call reports here, so the
// connectivity indicator can say 本机服务未连接 the moment a call fails and recover on the next success.
type Listener = (reachable: boolean) => void;

const listeners = new Set<Listener>();
let reachable = true;

export const reportReachable = (value: boolean): void => {
  if (value === reachable) return;
  reachable = value;
  for (const listener of listeners) listener(value);
};

export const isReachable = (): boolean => reachable;

export const onReachabilityChange = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
