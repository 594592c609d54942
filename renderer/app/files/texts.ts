// User-visible text of the materials taken in at the window (信用修复, 异议处理): the picker and the list.

export const attachmentTexts = {
  materials: '申请材料',
  addFiles: '添加材料文件',
  addFilesHint: '可一次选择多个文件，单个文件不超过10MB',
  full: (max: number): string => `已添加 ${max} 个文件，达到上限；如需换文件，请先移除一个`,
  reading: (count: number): string => `正在保存 ${count} 个文件…`,
  noFiles: '尚未添加材料',
  kind: '材料类型',
  remove: (name: string): string => `移除 ${name}`,
  materialsInvalid: '申请材料有误，请检查后重新添加',
  fileLine: (size: string, sha: string): string => `${size} · SHA-256 ${sha}…`,
  duplicate: (name: string): string => `“${name}”与已添加的材料内容相同，未重复添加`,
  /** The list of a stored item's materials. */
  listTitle: (count: number): string => `申请材料（${count}）`,
  none: '无',
  download: (name: string): string => `下载 ${name}`,
  downloadAction: '下载：',
  downloadFailed: (message: string): string => `无法读取附件：${message}`,
} as const;
