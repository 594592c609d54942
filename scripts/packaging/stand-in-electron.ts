import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Electron's fuse wire as @electron/fuses reads and flips it: the sentinel, the wire's version (1), its length,
 * then one byte a fuse, '0' off or '1' on (@electron/fuses constants.ts, config.ts).
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
export const FUSE_ON = 0x31;
export const FUSE_OFF = 0x30;

/** The fuses of Electron 40's wire, in wire order, with the states an Electron release ships them in. */
export const ELECTRON_FUSES = [
  { name: 'RunAsNode', shipped: FUSE_ON },
  { name: 'EnableCookieEncryption', shipped: FUSE_OFF },
  { name: 'EnableNodeOptionsEnvironmentVariable', shipped: FUSE_ON },
  { name: 'EnableNodeCliInspectArguments', shipped: FUSE_ON },
  { name: 'EnableEmbeddedAsarIntegrityValidation', shipped: FUSE_OFF },
  { name: 'OnlyLoadAppFromAsar', shipped: FUSE_OFF },
  { name: 'LoadBrowserProcessSpecificV8Snapshot', shipped: FUSE_OFF },
  { name: 'GrantFileProtocolExtraPrivileges', shipped: FUSE_ON },
] as const;

export type FuseName = (typeof ELECTRON_FUSES)[number]['name'];

/**
 * A stand-in Electron distribution for electron-builder's `electronDist` (the real binary cannot be downloaded
 * here): a folder holding an executable named `electron` that carries Electron's fuse wire in its release states,
 * so electron-builder copies it in as the product's executable and flips its fuses as it would on the real one.
 * Running it only says what it is. Returns the folder.
 */
export function makeStandInElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'electron');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in Electron for packaging tests: no runtime here" >&2\nexit 1\n'),
      Buffer.from(FUSE_SENTINEL, 'ascii'),
      Buffer.from([FUSE_WIRE_VERSION, ELECTRON_FUSES.length, ...ELECTRON_FUSES.map((fuse) => fuse.shipped)]),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(file, 0o755);
  return dir;
}

/** The fuse wire of an Electron executable, read as @electron/fuses reads it: each fuse's state byte by name. */
export function readFuseWire(executable: string): Record<FuseName, number> {
  const binary = readFileSync(executable);
  const sentinel = binary.indexOf(FUSE_SENTINEL);
  if (sentinel === -1) throw new Error(`${executable} carries no Electron fuse wire`);
  const wire = sentinel + FUSE_SENTINEL.length;
  if (binary[wire] !== FUSE_WIRE_VERSION) throw new Error(`unknown fuse wire version ${binary[wire]}`);
  const length = binary[wire + 1] ?? 0;
  return Object.fromEntries(
    ELECTRON_FUSES.slice(0, length).map((fuse, index) => [fuse.name, binary[wire + 2 + index]]),
  ) as Record<FuseName, number>;
}
