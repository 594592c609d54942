import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceSelf, EnrolResponse, PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform();
});
afterAll(() => platform.dispose());

const enrolWith = (code: string): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: '郏县窗口' }),
  });

const self = async (headers: Record<string, string>): Promise<DeviceSelf> => {
  const response = await fetch(`${platform.url}${platformRoutes.deviceSelf}`, { headers });
  expect(response.status).toBe(200);
  return DeviceSelf.parse(await response.json());
};

const fill = (from: number, to: number): void => {
  const insert = platform.db.prepare(
    "INSERT INTO devices (id, name, token_hash, enrolled_at, number) VALUES (?, '占位', ?, '2026-01-01', ?)",
  );
  platform.db.transaction(() => {
    for (let n = from; n <= to; n += 1) insert.run(`filler-${n}`, n.toString(16).padStart(64, '0'), n);
  })();
};

describe('device numbers', () => {
  it('are given 1, 2, 3 … at enrolment and told back by devices/me', async () => {
    const first = await platform.enrol('鲁山县窗口');
    const second = await platform.enrol('叶县窗口');
    expect([first.deviceNumber, second.deviceNumber]).toEqual([1, 2]);
    expect(await self(second.headers)).toEqual({
      deviceId: second.deviceId,
      name: '叶县窗口',
      deviceNumber: 2,
      tokenRotationRequested: false,
    });
    expect((await fetch(`${platform.url}${platformRoutes.deviceSelf}`)).status).toBe(401);
    expect(() =>
      platform.db.prepare('UPDATE devices SET number = 1 WHERE id = ?').run(second.deviceId),
    ).toThrow(/UNIQUE|duplicate key/);
  });

  it('are refused in Chinese when all 999 are taken, leaving the code usable once one is free', async () => {
    fill(3, 999);
    const code = platform.issueCode();
    const refused = await enrolWith(code);
    expect(refused.status).toBe(409);
    expect(PlatformError.parse(await refused.json())).toEqual({
      code: 'DEVICE_NUMBERS_EXHAUSTED',
      message: '市平台的设备编号（1–999）已全部分配，无法再登记新设备，请联系管理员',
    });
    platform.db.prepare("DELETE FROM devices WHERE id = 'filler-500'").run();
    const enrolled = await enrolWith(code);
    expect(enrolled.status).toBe(200);
    expect(EnrolResponse.parse(await enrolled.json()).deviceNumber).toBe(500);
  });

  it('are given on devices/me to a device that has none (enrolled beyond 999 before numbers existed)', async () => {
    platform.db.prepare("DELETE FROM devices WHERE id IN ('filler-7', 'filler-8')").run();
    const late = await platform.enrol('舞钢市窗口');
    expect(late.deviceNumber).toBe(7);
    platform.db.prepare('UPDATE devices SET number = NULL WHERE id = ?').run(late.deviceId);
    expect((await self(late.headers)).deviceNumber).toBe(7);
    expect((await self(late.headers)).deviceNumber).toBe(7);
  });
});
