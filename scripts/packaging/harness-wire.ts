/**
 * What the test and the packaged-main harness (packaged-main-harness.ts, a Node process standing in for Electron's
 * main process) say to each other over Node's IPC channel.
 */
export type HarnessSetup = {
  /** The packaged main script: <app>/dist/electron/main.cjs (package.json's `main`). */
  main: string;
  /** app.getAppPath(): the app, as Electron would see app.asar. */
  appPath: string;
  /** process.resourcesPath: the package's resources folder. */
  resourcesPath: string;
  userData: string;
  /** The fake utility process's shim (electron/main/testing/utility-process-shim.ts, bundled). */
  shim: string;
};

export type ToHarness =
  | { type: 'invoke'; id: number; channel: string; payload: unknown }
  | { type: 'cache-key' }
  | { type: 'quit' };

export type FromHarness =
  | { type: 'forked'; modulePath: string; pid: number | undefined; args: string[] }
  | { type: 'window'; preload: string | undefined; sandbox: boolean | undefined }
  | { type: 'load'; url: string; status: number; contentType: string | null; csp: boolean }
  | { type: 'error-box'; title: string; message: string }
  /** main touched an Electron API the harness does not provide. */
  | { type: 'missing-api'; name: string }
  | { type: 'answer'; id: number; result: unknown }
  | { type: 'cache-key'; key: string | null }
  | { type: 'quitting' };

export const HARNESS_SETUP_ENV = 'CCW_PACKAGED_MAIN_HARNESS';
