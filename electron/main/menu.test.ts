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
  ['macOS', true],
  ['Windows/Linux', false],
])('menuTemplate on %s', (_platform, isMac) => {
  const template = menuTemplate(APP_NAME, isMac);

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
    expect(menuTemplate(APP_NAME, true)[0]?.label).toBe(APP_NAME);
    expect(labels(menuTemplate(APP_NAME, false))).not.toContain(APP_NAME);
  });

  it('offers 退出 on Windows/Linux and 退出<app> on macOS', () => {
    const roles = (isMac: boolean): (string | undefined)[] =>
      subItems(menuTemplate(APP_NAME, isMac)).map((item) => item.role);
    expect(roles(false)).toContain('quit');
    expect(roles(true)).toContain('quit');
    expect(subItems(menuTemplate(APP_NAME, true)).find((item) => item.role === 'quit')?.label).toBe(
      `退出${APP_NAME}`,
    );
  });
});
