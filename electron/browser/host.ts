import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { enrolFromEnv, platformFromEnv } from '../core/app/platform-env';
import { createCore } from '../core/core';
import { cacheKeyFilePath, loadOrCreateCacheKey } from './cache-key-file';
import { createBrowserHost } from './server';

// Entry of the browser host (dist/browser/host.cjs): the same core and contract as the desktop app, served to a
// browser on loopback, for machines without the Electron runtime and for the end-to-end tests.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: false,
  });
  const root = resolve(__dirname, '..', '..');
  const dataDir =
    values['data-dir'] ?? process.env.CCW_DATA_DIR ?? join(homedir(), '.credit-check-workbench');
  const port = Number(values.port ?? process.env.CCW_PORT ?? 0);
  const resourcesDir = join(root, 'resources');
  const configured = platformFromEnv(process.env);
  if (!configured.ok) {
    console.error(`启动失败（${configured.error.code}）：${configured.error.message}`);
    process.exit(1);
  }
  const platform = configured.value;
  const cacheKey = loadOrCreateCacheKey(cacheKeyFilePath(process.env, homedir(), process.platform), dataDir);
  if (!cacheKey.ok) {
    console.error(`启动失败（${cacheKey.error.code}）：${cacheKey.error.message}`);
    process.exit(1);
  }

  const core = createCore({
    dataDir,
    cacheKey: cacheKey.value,
    resourcesDir,
    host: 'browser',
    version,
    platform: platform.platform,
    demoPlatform: platform.demoPlatform,
    withDemo: platform.withDemo,
    training: platform.training,
    deployment: platform.deployment,
    syncWorkerScript: join(__dirname, '..', 'sync', 'sync-worker.cjs'),
    ...(process.env.CCW_PROBE_INTERVAL_MS === undefined
      ? {}
      : { connectivityIntervalMs: Number(process.env.CCW_PROBE_INTERVAL_MS) }),
    // The end-to-end tests lock after seconds instead of the settings' minutes.
    ...(process.env.CCW_LOCK_AFTER_MS === undefined
      ? {}
      : { lockAfterMs: Number(process.env.CCW_LOCK_AFTER_MS) }),
  });
  if (!core.ok) {
    console.error(`启动失败（${core.error.code}）：${core.error.message}`);
    process.exit(1);
  }
  await enrolFromEnv(core.value.sync, platform);

  const token = randomBytes(24).toString('base64url');
  const host = createBrowserHost({
    handlers: core.value.handlers,
    events: core.value.events,
    token,
    rendererDir: join(__dirname, '..', 'renderer'),
    log: (message, error) => console.error(message, error),
  });
  try {
    const bound = await host.listen(port);
    const url = `http://127.0.0.1:${bound}/?token=${token}`;
    console.log(`信用核查工作台（浏览器模式）已启动，数据目录：${dataDir}`);
    console.log(`请在浏览器中打开：${url}`);
    // A line for scripts and the end-to-end tests.
    console.log(`CCW_URL=${url}`);
  } catch (error) {
    console.error(`无法监听端口 ${port}：${error instanceof Error ? error.message : String(error)}`);
    core.value.close();
    process.exit(1);
  }

  // The last resort behind the server's own guards: a failure no request handler caught is logged, and the
  // host goes on serving (every write is its own SQLite transaction, so nothing half-done survives it).
  process.on('uncaughtException', (error) => console.error('未处理的错误：', error));
  process.on('unhandledRejection', (error) => console.error('未处理的错误：', error));

  const shutdown = (): void => {
    host.server.close();
    core.value.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`启动失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
