import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu';

const APP_NAME = '信用核查工作台';
const CJK = /[\u4e00-\u9fff]/;

const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] =>
  items.map((item) => item.label);

/** Every item below the top level, separators left out. */
function subItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => {
    const submenu = Array.isArray(item.submenu) ? item.submenu : [];
    return [...submenu, ...subItems(submenu)].filter((sub) => sub.type !== 'separator');
  });
}

describe.each([
  ['macOS, installed', true, true],
  ['macOS, checkout', true, false],
  ['Windows/Linux, installed', false, true],
  ['Windows/Linux, checkout', false, false],
])('menuTemplate on %s', (_platform, isMac, packaged) => {
  const template = menuTemplate(APP_NAME, isMac, packaged);

  it('has Chinese top-level labels only', () => {
    expect(template.length).toBeGreaterThan(0);
    for (const label of labels(template)) expect(label).toMatch(CJK);
  });

  it('has 文件, 编辑, 视图 and 窗口 in that order', () => {
    const top = labels(template);
    const order = ['文件', '编辑', '视图', '窗口'].map((label) => top.indexOf(label));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('labels every item in Chinese', () => {
    const items = subItems(template);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.label, item.role).toMatch(CJK);
  });
});

describe('menuTemplate, platform differences', () => {
  it('starts with the app menu on macOS only', () => {
    expect(menuTemplate(APP_NAME, true, true)[0]?.label).toBe(APP_NAME);
    expect(labels(menuTemplate(APP_NAME, false, true))).not.toContain(APP_NAME);
  });

  it('offers 退出 on Windows/Linux and 退出<app> on macOS', () => {
    const roles = (isMac: boolean): (string | undefined)[] =>
      subItems(menuTemplate(APP_NAME, isMac, true)).map((item) => item.role);
    expect(roles(false)).toContain('quit');
    expect(roles(true)).toContain('quit');
    expect(subItems(menuTemplate(APP_NAME, true, true)).find((item) => item.role === 'quit')?.label).toBe(
      `退出${APP_NAME}`,
    );
  });
});

describe('menuTemplate, installed app or checkout', () => {
  const roles = (isMac: boolean, packaged: boolean): (string | undefined)[] =>
    subItems(menuTemplate(APP_NAME, isMac, packaged)).map((item) => item.role);
  const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools'];

  it.each([true, false])('offers no 重新加载 or 开发者工具 in an installed app (macOS: %s)', (isMac) => {
    for (const role of DEVELOPER_ROLES) expect(roles(isMac, true)).not.toContain(role);
    const allLabels = subItems(menuTemplate(APP_NAME, isMac, true)).map((item) => item.label);
    expect(allLabels).not.toContain('开发者工具');
    expect(allLabels).not.toContain('重新加载');
  });

  it.each([true, false])('offers both in a checkout (macOS: %s)', (isMac) => {
    expect(roles(isMac, false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
