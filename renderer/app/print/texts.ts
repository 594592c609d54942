// User-visible text of every printed document's frame.
export const printTexts = {
  /** 第 N 页 共 M 页: the words around the two page counters of the page footer. */
  pageNumber: ['第 ', ' 页  共 ', ' 页'],
} as const;
