// The 内容摘要 of the audit log as sentences, one per action (electron/core/audit/audit-summary.ts picks one).
// Typed input is quoted “…”; codes (统一社会信用代码, 承诺编码, 报告编号) are shown as they are; internal ids never.

/** A subject as a sentence names it: `某某公司（代码 9131…）`, or what is known of it. */
export const who = (name: string | null, identifier: string | null): string => {
  if (name !== null && identifier !== null) return `${name}（代码 ${identifier}）`;
  if (name !== null) return name;
  if (identifier !== null) return `代码为 ${identifier} 的主体`;
  return '该主体';
};

const quoted = (text: string): string => `“${text}”`;
const howWords = { online: '在线', offline: '离线' } as const;
const how = (value: string | null): string => (value === 'offline' ? howWords.offline : howWords.online);

/** Why a sign-in or an unlock failed (auth.service / credential-cache reasons). */
export const authFailureReasons: Record<string, string> = {
  'platform-refused': '市平台认定用户名或密码错误',
  'platform-locked': '市平台已暂时锁定该账号',
  'unknown-user': '本机没有该账号的离线登录信息',
  'wrong-password': '密码错误',
  expired: '本机保存的离线登录信息已过期',
  'too-many-failures': '连续输错密码次数过多',
};
const failure = (reason: string | null): string =>
  (reason === null ? undefined : authFailureReasons[reason]) ?? '原因不明';

export const exportFormatWords: Record<string, string> = { xlsx: 'Excel', csv: 'CSV' };
const format = (value: string | null): string =>
  (value === null ? undefined : exportFormatWords[value]) ?? '文件';

export const auditSentences = {
  signIn: (role: string, method: string | null, cachedAt: string | null): string =>
    `以${role}身份${how(method)}登录` +
    (method === 'offline' && cachedAt !== null ? `（使用本机 ${cachedAt} 保存的登录信息）` : ''),
  signInFailed: (account: string | null, method: string | null, reason: string | null): string =>
    `${account === null ? '' : `账号 ${account} `}${how(method)}登录失败：${failure(reason)}`,
  signOut: (reason: string | null): string =>
    reason === 'replaced' ? '另一用户在本机登录，本次登录随之结束' : '退出登录',
  lock: '长时间未操作，自动锁定',
  unlock: '输入密码解锁',
  unlockFailed: (reason: string | null): string => `解锁失败：${failure(reason)}`,

  check: (subject: string, verdict: string, found: boolean): string =>
    found ? `核查 ${subject}：${verdict}` : `核查 ${subject}：本机数据中未查到该主体，${verdict}`,
  checkStale: '（核查时本机数据已过期）',
  recheck: '，为重新核查',
  overrideReason: (reason: string): string => `；人工确认理由：${quoted(reason)}`,
  feedback: (subject: string, action: string, measures: readonly string[]): string =>
    `反馈对 ${subject} 的处理：${action}` + (measures.length > 0 ? `，措施：${measures.join('、')}` : ''),
  measureCount: (count: number): string => `${count} 项`,
  externalQuery: (subject: string, channel: string, outcome: string, attachments: number): string =>
    `留存 ${subject} 在${quoted(channel)}的查询结果：${outcome}` +
    (attachments > 0 ? `，附件 ${attachments} 份` : ''),
  sheetPrinted: (subject: string): string => `打印对 ${subject} 的核查记录单`,
  sheetSaved: (subject: string): string => `将对 ${subject} 的核查记录单存为PDF文件`,
  reviewAcknowledged: (subject: string): string => `确认已复核对 ${subject} 的核查`,

  commitmentCreated: (code: string, committer: string, type: string, verifyBy: string | null): string =>
    `登记信用承诺 ${code}：${committer}，${type}` + (verifyBy === null ? '' : `，核查期限 ${verifyBy}`),
  commitmentVerified: (code: string, committer: string | null, fulfilment: string): string =>
    `核查信用承诺 ${code}${committer === null ? '' : `（${committer}）`}：${fulfilment}`,
  falseCommitment: '，属虚假承诺',
  failureRecorded: '，已记为失信信息',

  repairCreated: (applicant: string, target: string, state: string | null): string =>
    `登记 ${applicant} 的信用修复申请，修复对象为${target}` + (state === null ? '' : `，状态：${state}`),
  repairTarget: (kind: string, title: string | null): string =>
    title === null ? kind : `${kind}${quoted(title)}`,
  repairCommitment: (code: string): string => `，信用修复承诺 ${code}`,
  attachments: (count: number): string => `，附材料 ${count} 份`,
  repairStepped: (applicant: string | null, from: string, to: string): string =>
    `${applicant === null ? '' : `${applicant} 的`}信用修复申请由 ${from} 改为 ${to}`,
  reason: (reason: string): string => `，理由：${quoted(reason)}`,
  objectionCreated: (subject: string, records: number, grounds: string | null): string =>
    `受理 ${subject} 对 ${records} 条信用信息的异议` + (grounds === null ? '' : `，异议理由：${grounds}`),
  objectionWithdrawn: '撤回异议申请',

  fileAdded: (name: string | null, size: number | null): string =>
    `上传材料${name === null ? '' : quoted(name)}` + (size === null ? '' : `，共 ${size} 字节`),

  reportIssued: (number: string, subject: string, asOf: string | null, unit: string | null): string =>
    `为 ${subject} 出具信用报告 ${number}` +
    (asOf === null ? '' : `，数据截至 ${asOf}`) +
    (unit === null ? '' : `，出具单位：${unit}`),
  reportAuthorised: '，已记录信息主体的授权',
  reportPrinted: (number: string, subject: string): string => `打印信用报告 ${number}（${subject}）`,
  reportSaved: (number: string, subject: string): string => `将信用报告 ${number}（${subject}）存为PDF文件`,

  drawn: (
    number: string | null,
    pool: number,
    picked: number,
    region: string | null,
    matter: string | null,
  ) =>
    `${number === null ? '' : `抽查 ${number}：`}从 ${pool} 个检查对象中随机抽取 ${picked} 个` +
    (region === null ? '' : `，区划：${region}`) +
    (matter === null ? '' : `，事项：${matter}`),
  exported: (what: string, fileFormat: string | null, rows: number | null): string =>
    `导出${what}（${format(fileFormat)}${rows === null ? '' : `，${rows} 条`}）`,
  drawListName: '随机抽取名单',
  resultsListName: '抽查结果公示',
  result: (subject: string, outcome: string, on: string | null, inspectors: string | null): string =>
    `录入 ${subject} 的检查结果：${outcome}` +
    (on === null ? '' : `，检查日期 ${on}`) +
    (inspectors === null || inspectors === '' ? '' : `，检查人员：${inspectors}`),
  resultCorrected: (subject: string, revision: number | null, outcome: string): string =>
    `更正 ${subject} 的检查结果${revision === null ? '' : `（第 ${revision} 次录入）`}：${outcome}`,
  substituted: '（更换了检查人员）',

  settingsChanged: (changes: readonly string[]): string => `修改本机设置：${changes.join('；')}`,
  settingChange: (field: string, from: string, to: string): string => `${field}由 ${from} 改为 ${to}`,
  emptyValue: '（空）',
  enrolled: (url: string | null, device: string | null, number: string | null): string =>
    `登记到市平台${url === null ? '' : ` ${quoted(url)}`}` +
    (device === null ? '' : `，设备名称${quoted(device)}`) +
    (number === null ? '' : `，设备编号 ${number}`),
  enrolledUnit: (name: string, code: string): string => `，受理单位：${name}（${code}）`,
  tokenRotated: '按市平台要求更换了本机的访问令牌',
  deviceRevoked: '市平台已停用本机，重新登记后才能同步',
  demoLoaded: (subjects: number, entries: number, records: number): string =>
    `载入演示数据：主体 ${subjects} 个，名单条目 ${entries} 条，信用记录 ${records} 条`,
  auditExported: (fileFormat: string | null, rows: number | null, filters: string | null): string =>
    `导出审计日志（${format(fileFormat)}${rows === null ? '' : `，${rows} 条`}）` +
    (filters === null ? '' : `，筛选条件：${filters}`),
  unknownSubject: '该主体',
  objectionDocument: (document: string, subject: string, saved: boolean): string =>
    saved ? `将 ${subject} 的${document}存为PDF文件` : `打印 ${subject} 的${document}`,
  objectionReceipt: '异议申请回执',
  objectionNotice: '异议处理结果告知书',
} as const;
