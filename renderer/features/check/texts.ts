// User-visible text of the check page (核查). The result card, feedback and external query it shares with the
// records detail keep theirs in app/check-result.
import { foundSubjects } from '../../app/subjects/found-count';

export const checkTexts = {
  pageTitle: '信用核查',
  context: {
    title: '办件信息',
    caseNumber: '办件编号',
    note: '备注（选填）',
  },
  applicant: {
    title: '申请人',
    label: '信用代码、身份证号或名称',
    idle: '可键入、粘贴或扫码，按 Enter 核查；输入名称可按名称查找',
    typing: (count: number): string => `已输入 ${count} 位，应为18位`,
    nameSearch: '按名称查找：按 Enter 搜索',
    kind: { uscc: '统一社会信用代码', 'citizen-id': '身份证号码' },
    recognised: (kind: string): string => `识别为${kind}，按 Enter 核查`,
    run: '核查',
    running: '正在核查…',
    searching: '正在查找…',
  },
  override: {
    title: '人工确认后继续核查',
    consequence: '经人工确认继续核查的，核查结论为“需人工研判”，且不适用告知承诺制。',
    reason: '理由（不少于4个字）',
    reasonPlaceholder: '如：已核对营业执照原件，代码与执照一致（2016年前发放）',
    confirm: '确认并继续核查',
  },
  nearMatches: {
    title: '本机数据中有代码相近的主体，是否为：（↑↓ 选择，Enter 核查）',
    titleNotFound: '本机数据中未查到该代码，但有代码相近的主体，是否为：（↑↓ 选择，Enter 核查）',
    listLabel: '代码相近的主体',
  },
  candidates: {
    title: (count: number, more: boolean): string =>
      `${foundSubjects(count, more)}，请选择（↑↓ 选择，Enter 确认）`,
    none: (query: string): string => `未找到名称包含“${query}”的主体`,
    listLabel: '候选主体',
  },
  sessionChecks: {
    title: '本次已核查',
    openFeedback: (count: number): string => `待反馈 ${count} 项`,
    notFound: '未查到',
    open: '查看记录',
  },
  shortcuts: 'Enter 核查 · Ctrl+Enter 提交反馈 · Alt+N 新建核查 · Alt+1…0 切换页面 · Alt+Y 异议处理',
  newCheck: '新建核查（Alt+N）',
  empty: '填写办件信息后，键入、粘贴或扫描申请人的统一社会信用代码或身份证号码，按 Enter 核查。',
} as const;
