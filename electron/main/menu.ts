import type { MenuItemConstructorOptions } from 'electron';

/**
 * The Chinese application menu. Roles give the platform's own behaviour; labels are ours. 重新加载 and 开发者工具
 * are for a checkout only: an installed app offers neither (a reload would drop the clerk's unsaved form, and
 * DevTools are off in its webPreferences anyway), and without the menu items their shortcuts do nothing.
 */
export function menuTemplate(
  appName: string,
  isMac: boolean,
  packaged: boolean,
): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: `关于${appName}` },
            { type: 'separator' },
            { role: 'hide', label: `隐藏${appName}` },
            { role: 'quit', label: `退出${appName}` },
          ],
        },
      ]
    : [];
  const developerItems: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { role: 'reload', label: '重新加载' },
        { role: 'toggleDevTools', label: '开发者工具' },
        { type: 'separator' },
      ];
  return [
    ...appMenu,
    {
      label: '文件',
      submenu: [isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...developerItems,
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }] },
  ];
}
