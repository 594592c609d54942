// User-visible text of the 事项 picker (the check's context, a commitment's 所属事项, the inspection draw).
export const matterSelectTexts = {
  label: '事项',
  placeholder: '输入事项名称或编码',
  noOptions: '无匹配事项',
  loading: '正在读取事项目录…',
} as const;
