import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/result';
import type { UpdateStatus } from '../../../shared/domain/updates';
import { asInvokeEvent, fakeInvokeEvent, fakeTopFrame } from '../testing/fake-electron';
import { updateHandlers } from './update-handlers';

const downloaded: UpdateStatus = {
  state: 'downloaded',
  version: '0.2.0',
  percent: null,
  message: '新版本 0.2.0 已下载并校验，将在下次启动时安装',
  checkedAt: null,
};
const event = asInvokeEvent(fakeInvokeEvent(1, fakeTopFrame('app://index.html')));
const handler = updateHandlers({ status: () => downloaded, stop: () => undefined })['app:update-status']!;

describe('app:update-status in the desktop shell', () => {
  it('answers the updater’s status once the core allows the call', async () => {
    const core = () =>
      Promise.resolve(
        ok({
          state: 'unavailable',
          version: null,
          percent: null,
          message: '浏览器模式不自动更新',
          checkedAt: null,
        }),
      );
    expect(await handler(event, {}, core as never)).toEqual(ok(downloaded));
  });

  it('passes the core’s refusal on (nobody signed in, or the session locked)', async () => {
    const refused = err('SIGN_IN_REQUIRED', '请先登录');
    expect(await handler(event, {}, () => Promise.resolve(refused))).toEqual(refused);
  });
});
