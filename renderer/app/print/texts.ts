// User-visible text of every printed document's frame.
export const printTexts = {
  /** 第 N 页 共 M 页: the words around the two page counters of the page footer. */
  pageNumber: ['第 ', ' 页  共 ', ' 页'],
  /** After 保存为PDF in the desktop app. */
  savedTo: (path: string): string => `已保存：${path}`,
};
