import { serveCore, type ParentPort } from './core-process-server';

// Entry of the core process (bundled to dist/electron/core-process.cjs), which Electron's main process starts with
// utilityProcess.fork: the database, the services and sync run here, off the main process's event loop. Electron
// gives a utility process `process.parentPort`; the core does not import Electron, so it is typed here by the
// members serveCore uses.
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

if (parentPort === undefined) {
  console.error('核心服务只能由信用核查工作台的主进程启动（utilityProcess）');
  process.exit(1);
} else {
  serveCore(parentPort, {
    env: process.env,
    exit: (code) => process.exit(code),
    log: (message, error) => console.error(message, error),
  });
}
