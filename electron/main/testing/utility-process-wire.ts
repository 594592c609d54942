/**
 * What the fake utility process (fake-utility-process.ts) and its child (utility-process-shim.ts) say to each other
 * over Node's IPC channel: Electron's parentPort and the MessagePorts moved into the child, multiplexed on the one
 * channel Node gives a forked process. `advanced` serialization clones values as a MessagePort does.
 */
export type ToChild =
  | { to: 'parent-port'; data: unknown; ports: number[] }
  | { to: 'port'; port: number; data: unknown }
  | { to: 'port-close'; port: number };

export type FromChild =
  | { from: 'parent-port'; data: unknown }
  | { from: 'port'; port: number; data: unknown }
  | { from: 'port-close'; port: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isToChild = (value: unknown): value is ToChild =>
  isRecord(value) && (value.to === 'parent-port' || value.to === 'port' || value.to === 'port-close');

export const isFromChild = (value: unknown): value is FromChild =>
  isRecord(value) && (value.from === 'parent-port' || value.from === 'port' || value.from === 'port-close');
