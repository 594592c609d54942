import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signIn } from './steps';

// The desktop app itself, where the Electron runtime exists. Here it usually does not (its binary cannot be
// downloaded), and the test says so rather than passing silently.
const ROOT = resolve(__dirname, '..');

function electronBinary(): string | null {
  try {
    const binary = createRequire(__filename)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const hasElectronSqlite = (): boolean =>
  existsSync(join(ROOT, 'native')) &&
  readdirSync(join(ROOT, 'native')).some((dir) =>
    existsSync(join(ROOT, 'native', dir, 'better_sqlite3.node')),
  );

const binary = electronBinary();
const reason =
  binary === null
    ? 'SKIPPED: the Electron runtime is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same app is tested through the browser host.'
    : !hasElectronSqlite()
      ? 'SKIPPED: better-sqlite3 has no build for Electron yet; run `npm run rebuild:electron`.'
      : null;

test('the desktop app opens its hardened window and runs a check', async () => {
  if (reason !== null) console.log(reason);
  test.skip(reason !== null, reason ?? '');
  const dataDir = mkdtempSync(join(tmpdir(), 'ccw-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT],
    env: { ...process.env, CCW_DATA_DIR: dataDir, PLATFORM_URL: 'none' },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('信用核查工作台');
    // Hardened: no Node in the page, and the bridge exposes exactly the one api object.
    const nodeGlobals = await window.evaluate(() => [
      typeof Reflect.get(globalThis, 'require'),
      typeof Reflect.get(globalThis, 'process'),
    ]);
    expect(nodeGlobals).toEqual(['undefined', 'undefined']);
    expect(
      await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort()),
    ).toEqual(['invoke', 'onEvent']);
    // Offline only (PLATFORM_URL=none): the demo data and accounts are seeded locally (resources/demo/README.md).
    await signIn(window, 'wangfang', 'demo1234');
    await window.getByTestId('case-number').fill('E-2026-0001');
    await window.getByTestId('matter-select').fill('政府采购供应商资格审查');
    await window.getByRole('option').first().click();
    await window.getByTestId('applicant-input').fill('91410402613341561G');
    await window.getByTestId('applicant-input').press('Enter');
    await expect(window.getByTestId('verdict')).toHaveText(/适用失信惩戒措施/);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
