import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronSqliteBinding, resolveDataDir } from './paths';

const USER_DATA = join(tmpdir(), 'ccw-user-data');

describe('resolveDataDir', () => {
  it('uses CCW_DATA_DIR when it is set', () => {
    expect(resolveDataDir(USER_DATA, { CCW_DATA_DIR: '/srv/ccw-data' })).toBe('/srv/ccw-data');
  });

  it('otherwise lives under userData', () => {
    expect(resolveDataDir(USER_DATA, {})).toBe(join(USER_DATA, 'data'));
  });

  it('ignores an empty CCW_DATA_DIR', () => {
    expect(resolveDataDir(USER_DATA, { CCW_DATA_DIR: '' })).toBe(join(USER_DATA, 'data'));
  });
});

describe('electronSqliteBinding', () => {
  const ABI = '143';
  let appRoot = '';

  beforeEach(() => {
    appRoot = mkdtempSync(join(tmpdir(), 'ccw-approot-'));
  });

  afterEach(() => {
    rmSync(appRoot, { recursive: true, force: true });
  });

  const placeBinding = (abi: string): string => {
    const dir = join(appRoot, 'native', `electron-${abi}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'better_sqlite3.node');
    writeFileSync(file, '');
    return file;
  };

  it('returns the path of native/electron-<abi>/better_sqlite3.node when it exists', () => {
    const file = placeBinding(ABI);
    expect(electronSqliteBinding(appRoot, false, ABI)).toBe(file);
  });

  it('returns null when the file is absent', () => {
    expect(electronSqliteBinding(appRoot, false, ABI)).toBeNull();
  });

  it("returns null when only another ABI's build is there", () => {
    placeBinding('130');
    expect(electronSqliteBinding(appRoot, false, ABI)).toBeNull();
  });

  it('returns null in a packaged app, even if the file exists', () => {
    placeBinding(ABI);
    expect(electronSqliteBinding(appRoot, true, ABI)).toBeNull();
  });
});
