import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { reportCoreExit } from './core-exit';

function fakes(response: number): {
  deps: Parameters<typeof reportCoreExit>[0];
  asked: MessageBoxOptions[];
  calls: string[];
} {
  const asked: MessageBoxOptions[] = [];
  const calls: string[] = [];
  return {
    asked,
    calls,
    deps: {
      dialog: {
        showMessageBox: (options): Promise<MessageBoxReturnValue> => {
          asked.push(options);
          return Promise.resolve({ response, checkboxChecked: false });
        },
      },
      app: { relaunch: () => calls.push('relaunch'), quit: () => calls.push('quit') },
    },
  };
}

describe('reportCoreExit', () => {
  it('tells the user in Chinese, with the exit code, and restarts the app when asked', async () => {
    const { deps, asked, calls } = fakes(0);
    await reportCoreExit(deps, 134);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      type: 'error',
      buttons: ['重新启动', '退出'],
      defaultId: 0,
      cancelId: 1,
    });
    expect(asked[0]?.message).toMatch(/核心服务意外退出/);
    expect(asked[0]?.detail).toMatch(/退出码 134/);
    expect(calls).toEqual(['relaunch', 'quit']);
  });

  it('quits without a restart when the user chooses 退出 (or closes the box)', async () => {
    const { deps, calls } = fakes(1);
    await reportCoreExit(deps, 1);
    expect(calls).toEqual(['quit']);
  });
});
