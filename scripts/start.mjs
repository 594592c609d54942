// `npm start` / `npm run start:browser` on a development checkout. Unless PLATFORM_URL or CCW_DEPLOYMENT_FILE (a
// deployment configuration, docs/deployment.md) is set, the reference
// platform runs as its own process with the demo data and the demo accounts (bannered: it is for trying the
// product, never for real work), and the client is pointed at it and enrols there with a one-time code. The
// client itself never starts a platform, and a packaged app has none to start.
// Then the desktop app where the Electron runtime is installed; otherwise (or with --browser) the same app
// through the browser host on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureElectron } from './electron-runtime.mjs';

const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const clientArgs = args.filter((arg) => arg !== '--browser');
// CCW_DIST_DIR: the build to run (scripts/build.mjs); the end-to-end tests start this script on theirs.
const DIST = resolve(import.meta.dirname, '..', process.env.CCW_DIST_DIR ?? 'dist');
const PLATFORM_CLI = join(DIST, 'platform', 'platform.cjs');

/** The demo platform as a child process; resolves with its URL and a one-time enrolment code. */
function startDemoPlatform() {
  const dataDir = process.env.CCW_DEMO_PLATFORM_DIR ?? join(homedir(), '.credit-platform-demo');
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, PLATFORM_DATA_DIR: dataDir, PLATFORM_PORT: process.env.PLATFORM_PORT ?? '0' };
  // --demo: the demo data and the demo accounts exist only in the platform's explicit demo mode.
  const child = spawn(process.execPath, [PLATFORM_CLI, '--demo'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let output = '';
    let started = false;
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const match = /PLATFORM_URL=(\S+)/.exec(output);
      if (match === null || started) return;
      started = true;
      const issued = spawnSync(process.execPath, [PLATFORM_CLI, '--issue-code', '--demo-unit'], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (issued.status !== 0) return fail(new Error(`无法签发注册码：${issued.stderr}`));
      done({ child, url: match[1], code: issued.stdout.trim(), dataDir });
    });
    child.on('exit', (code) => {
      if (!started) fail(new Error(`演示平台未能启动（退出码 ${code}）：${output}`));
      else console.log(`演示平台已退出（退出码 ${code}）；客户端继续离线工作。`);
    });
  });
}

const children = [];
const stopAll = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

const env = { ...process.env };
if (process.env.PLATFORM_URL === undefined && process.env.CCW_DEPLOYMENT_FILE === undefined) {
  const platform = await startDemoPlatform();
  children.push(platform.child);
  console.log('──────────────────────────────────────────────────────────────');
  console.log(' 演示平台（仅供试用）：演示数据与公开的演示账号，切勿用于实际办件');
  console.log(` 地址 ${platform.url}   数据目录 ${platform.dataDir}`);
  console.log(' 连接市平台：设置 CCW_DEPLOYMENT_FILE=<部署配置文件> 后再启动（见 docs/deployment.md）');
  console.log('──────────────────────────────────────────────────────────────');
  Object.assign(env, { PLATFORM_URL: platform.url, CCW_ENROL_CODE: platform.code, CCW_DEMO_PLATFORM: '1' });
}

// npm install never downloads the Electron runtime (package.json allowScripts): it is fetched here, once, where
// it can be (scripts/electron-runtime.mjs).
const binary = browserOnly ? null : await ensureElectron();
if (binary === null && !browserOnly) {
  console.log('未找到 Electron 运行时，改用浏览器模式启动同一应用。');
  console.log('The Electron runtime is not installed here; serving the same app through the browser host.');
}
const client =
  binary === null
    ? spawn(process.execPath, [join(DIST, 'browser', 'host.cjs'), ...clientArgs], { stdio: 'inherit', env })
    : spawn(binary, [resolve(import.meta.dirname, '..'), ...clientArgs], { stdio: 'inherit', env });
children.push(client);
client.on('exit', (code) => {
  stopAll('SIGTERM');
  // The platform finishes its writes before this script returns.
  const waiting = children.filter((child) => child.exitCode === null && child.signalCode === null);
  Promise.all(waiting.map((child) => new Promise((done) => child.once('exit', done)))).then(() =>
    process.exit(code ?? 0),
  );
});
