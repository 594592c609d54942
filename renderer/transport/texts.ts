// User-visible text of the transport layer.
export const transportTexts = {
  unreachable: '无法连接本机服务，请确认程序仍在运行',
  badResponse: (status: number): string => `本机服务返回了无法识别的应答（HTTP ${status}），请稍后重试`,
} as const;
