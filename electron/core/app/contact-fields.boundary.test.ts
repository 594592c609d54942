import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRequests } from '../../../shared/contract/channels';
import { unitCodeMessage, phoneMessage } from '../../../shared/domain/contact-fields';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// The attack: a unit code or phone number that is not one, sent past the window's forms straight to the core.
// Every channel that takes one refuses it in words, and nothing is stored.

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
});
afterEach(() => core.dispose());

const HOSTILE_CODES = ['abc', '<script>alert(1)</script>', "X' OR 1=1 --", '1'.repeat(17)];

describe('unit codes and phone numbers at the core', () => {
  it('settings:update refuses a 受理单位代码 of the wrong shape and keeps the settings', async () => {
    const before = await dispatch(core.handlers, 'app:info', {});
    for (const departmentCode of HOSTILE_CODES) {
      const refused = await dispatch(core.handlers, 'settings:update', { departmentCode });
      expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(refused.ok ? '' : refused.error.message).toContain(unitCodeMessage);
    }
    expect(await dispatch(core.handlers, 'app:info', {})).toEqual(before);
  });

  it('commitments:create refuses a unit code of the wrong shape and stores nothing', async () => {
    const sample = sampleRequests['commitments:create'];
    for (const code of HOSTILE_CODES) {
      const refused = await dispatch(core.handlers, 'commitments:create', {
        ...sample,
        acceptingUnit: { name: '叶县政务服务中心', code },
      });
      expect(refused.ok ? '' : refused.error.message).toContain(unitCodeMessage);
    }
    expect(core.db.prepare('SELECT count(*) AS n FROM commitments').get()).toEqual({ n: 0 });
  });

  it('repairs:create refuses a phone number that is not one and stores nothing', async () => {
    const sample = sampleRequests['repairs:create'];
    for (const handlerPhone of ['abc', '<img src=x>', '12', '0375-8888888; DROP TABLE repairs']) {
      const refused = await dispatch(core.handlers, 'repairs:create', { ...sample, handlerPhone });
      expect(refused.ok ? '' : refused.error.message).toContain(phoneMessage);
    }
    expect(core.db.prepare('SELECT count(*) AS n FROM repair_applications').get()).toEqual({ n: 0 });
  });
});
