// `npm start`: the desktop app where the Electron runtime is installed; otherwise say so and serve the same app
// through the browser host on loopback.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
let child;
if (binary === null) {
  console.log('未找到 Electron 运行时（本机无法下载），改用浏览器模式启动同一应用。');
  console.log('The Electron runtime is not installed here; serving the same app through the browser host.');
  child = spawn(process.execPath, ['dist/browser/host.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
} else {
  child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
