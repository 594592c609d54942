import type { App, Dialog, MessageBoxOptions } from 'electron';

export type CoreExitDeps = {
  dialog: { showMessageBox: (options: MessageBoxOptions) => ReturnType<Dialog['showMessageBox']> };
  app: Pick<App, 'relaunch' | 'quit'>;
};

const RESTART = 0;

/**
 * The core process ended without being asked to. The user is told and chooses to restart the app or quit; the
 * shell does not restart the core behind a live window: the session (who signed in, the lock) lived in the core,
 * so a fresh core under the old page would leave the screen and the core out of step, and a fault that persists (a
 * damaged cache, a broken native module) would crash again in a loop nobody sees. Nothing completed is lost: every
 * write was committed in its own SQLite transaction, and one cut short is rolled back when the cache next opens.
 */
export async function reportCoreExit(deps: CoreExitDeps, code: number): Promise<void> {
  const { response } = await deps.dialog.showMessageBox({
    type: 'error',
    title: '核心服务意外退出',
    message: '信用核查工作台的核心服务意外退出，当前无法继续工作。',
    detail:
      `已完成的核查、反馈和登记都已保存在本机；退出时正在进行的操作可能没有完成，重新启动后请核对。（退出码 ${code}）\n` +
      '如反复出现，请联系管理员。',
    buttons: ['重新启动', '退出'],
    defaultId: RESTART,
    cancelId: 1,
    noLink: true,
  });
  if (response === RESTART) deps.app.relaunch();
  deps.app.quit();
}
