import { chmodSync, existsSync, mkdirSync } from 'node:fs';

// Data that names citizens is kept from the machine's other accounts: folders 0700, files 0600. On Windows the
// modes are not enforced (chmod only toggles read-only); there the profile's ACL keeps %APPDATA% private.

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and its parents) or tightens an existing one to 0700. */
export function makePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(path, PRIVATE_DIR_MODE);
}

/** Tightens each existing file to 0600 (those missing are skipped). */
export function makePrivateFiles(paths: readonly string[]): void {
  for (const path of paths) if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}
