import type { Transport } from '../shared/contract/api';

declare global {
  // Declaration merging with the DOM's Window needs an interface; a type alias cannot extend it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The contract transport exposed by the Electron preload; absent in a plain browser. */
    api?: Transport;
  }
}

export {};
