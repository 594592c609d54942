// Builds better-sqlite3 (an npm alias of better-sqlite3-multiple-ciphers, for the encrypted cache) for the
// Electron runtime into native/electron-<abi>/, leaving node_modules' build (Node's ABI, used by tests and the browser host) untouched. The Electron shell loads it through
// better-sqlite3's `nativeBinding` option (electron/main/paths.ts). Needs network access to Electron's headers
// or prebuilt binaries, so it runs where the Electron runtime can be installed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const { getAbi } = require('node-abi');
const abi = getAbi(electronVersion, 'electron');
const work = mkdtempSync(join(tmpdir(), 'ccw-sqlite-'));
const source = join(work, 'better-sqlite3');
cpSync(join('node_modules', 'better-sqlite3'), source, { recursive: true });
rmSync(join(source, 'build'), { recursive: true, force: true });

const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion };
try {
  execFileSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion],
    {
      cwd: source,
      stdio: 'inherit',
      env,
    },
  );
} catch {
  console.log('No prebuilt binary; compiling against Electron headers with node-gyp.');
  execFileSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: source, stdio: 'inherit', env },
  );
}
const target = join('native', `electron-${abi}`);
mkdirSync(target, { recursive: true });
cpSync(join(source, 'build', 'Release', 'better_sqlite3.node'), join(target, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion} (ABI ${abi}) → ${target}/better_sqlite3.node`);
