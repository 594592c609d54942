// User-visible text every list shares when the list itself says nothing else.
export const listTexts = {
  empty: '暂无记录',
  loading: '正在加载',
} as const;
