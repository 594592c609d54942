// The Electron runtime for `npm start`. `npm install` never downloads it: package.json's allowScripts denies
// electron's postinstall (npm ≥ 11.16 honours it), so installing succeeds on an intranet PC that cannot reach
// Electron's download host, and the package's types are there for the shell's type check either way. `npm start`
// asks for the runtime here: it runs electron's own installer (@electron/get: checksums, ELECTRON_MIRROR for an
// intranet mirror, its download cache), bounded in time; where that fails it says so, remembers the failure for a
// day, and start.mjs serves the same app through the browser host instead.
//
//   node scripts/electron-runtime.mjs      try the download now (exit 0: the runtime is installed)
//
// CCW_ELECTRON_DIR names another copy of the electron package (the tests'); ELECTRON_SKIP_BINARY_DOWNLOAD=1 means
// never try.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
const DOWNLOAD_TIMEOUT_MS = 180_000;
const MARKER = '.ccw-download-failed';

/** The electron package's folder, or null if it is not installed at all. */
export function electronPackageDir(env = process.env) {
  if (env.CCW_ELECTRON_DIR) return env.CCW_ELECTRON_DIR;
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The runtime's executable, as electron's index.js finds it, or null where it was never downloaded. */
export function electronBinary(dir = electronPackageDir()) {
  if (dir === null) return null;
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const runInstaller = (dir, env, timeoutMs) =>
  new Promise((done) => {
    const childEnv = { ...env };
    delete childEnv.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const child = spawn(process.execPath, [join(dir, 'install.js')], {
      cwd: dir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({
        ok: code === 0,
        output: signal === null ? output : `${output}\n（超过 ${timeoutMs / 1000} 秒，已中止）`,
      });
    });
  });

/** First line that says why a download failed (ENOTFOUND, a checksum mismatch …), for a one-line message. */
const reason = (output) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|ENOTFOUND|ECONN|EAI_AGAIN|timed? ?out|中止|checksum/i.test(line)) ?? '原因不明';

/**
 * The runtime's executable, downloading it first where it is missing. `force` ignores a failure remembered from
 * the last day. Resolves null, having said why, where it cannot be had.
 */
export async function ensureElectron({ env = process.env, force = false, log = console.log } = {}) {
  const dir = electronPackageDir(env);
  if (dir === null) {
    log('未安装 electron 包（npm install 未完成？）。');
    return null;
  }
  const installed = electronBinary(dir);
  if (installed !== null) return installed;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD && !force) return null;
  const marker = join(dir, MARKER);
  if (!force && existsSync(marker)) {
    const failedAt = Date.parse(readFileSync(marker, 'utf8'));
    if (Number.isFinite(failedAt) && Date.now() - failedAt < RETRY_AFTER_MS) {
      log('上次未能下载 Electron 运行时，24 小时内不再重试（npm run electron:download 可立即重试）。');
      return null;
    }
  }
  log('正在下载 Electron 运行时（内网可设 ELECTRON_MIRROR 指向镜像）…');
  const timeoutMs = Number(env.CCW_ELECTRON_DOWNLOAD_TIMEOUT_MS) || DOWNLOAD_TIMEOUT_MS;
  const result = await runInstaller(dir, env, timeoutMs);
  const binary = result.ok ? electronBinary(dir) : null;
  if (binary === null) {
    writeFileSync(marker, new Date().toISOString());
    log(`未能下载 Electron 运行时：${reason(result.output)}`);
    return null;
  }
  rmSync(marker, { force: true });
  log(`Electron 运行时已安装：${binary}`);
  return binary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const binary = await ensureElectron({ force: true });
  process.exit(binary === null ? 1 : 0);
}
