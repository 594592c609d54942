import type { StatusTag, VerdictCode } from '../../shared/domain/check';
import type { CommitmentDue } from '../../shared/domain/commitment';
import type { GradeTone } from '../../shared/domain/grade';

// Every colour, font and size decision of the UI lives here; components refer to these names only.

/** System Chinese fonts first; nothing is fetched (no remote content). */
export const fontFamily = [
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"Microsoft YaHei"',
  '"微软雅黑"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"WenQuanYi Micro Hei"',
  'system-ui',
  'sans-serif',
].join(', ');

/** Printed documents (信用承诺书): a serif face, as official papers use; system fonts only. */
export const printFontFamily = [
  '"Noto Serif CJK SC"',
  '"Source Han Serif SC"',
  '"SimSun"',
  '"宋体"',
  '"Songti SC"',
  'serif',
].join(', ');

export const palette = {
  primary: '#1f5fa8',
  secondary: '#5c6b7a',
  error: '#c62828',
  // Deep orange dark enough for white text (5.5:1, WCAG AA); #e65100 was 3.8:1.
  warning: '#b34700',
  success: '#2e7d32',
  info: '#0277bd',
  background: '#f3f5f8',
  paper: '#ffffff',
  grey: '#757575',
} as const;

export const layout = {
  navigationWidth: 168,
  /** Width of the input column of the check page on wide screens. */
  checkInputColumn: 380,
  baseFontSize: 14,
} as const;

/** MUI colour names a Chip/Alert accepts. */
export type Tone = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

/** 失信惩戒对象 red, 守信激励对象 green, 经营异常 orange, 注销/吊销 grey. */
export const statusTagTone: Record<StatusTag, Tone> = {
  'punishment-target': 'error',
  'incentive-target': 'success',
  'abnormal-operation': 'warning',
  active: 'primary',
  deregistered: 'default',
  revoked: 'default',
};

export type VerdictTone = 'info' | 'success' | 'error' | 'warning';

export const verdictTone: Record<VerdictCode, VerdictTone> = {
  proceed: 'info',
  incentive: 'success',
  punishment: 'error',
  review: 'warning',
};

/** A grade's implication: good news green, nothing to note grey-blue, closer attention amber (a notice, not red). */
export const gradeTone: Record<GradeTone, 'success' | 'info' | 'warning'> = {
  favourable: 'success',
  neutral: 'info',
  attention: 'warning',
};

/** Keyboard focus ring for custom focusable elements (table rows, cards) that MUI does not style. */
export const focusRing = { outline: `2px solid ${palette.primary}`, outlineOffset: -2 } as const;

/** 已逾期 red, 即将到期 amber, 待核查 neutral, 已核查 green. */
export const commitmentDueTone: Record<CommitmentDue, Tone> = {
  open: 'default',
  'due-soon': 'warning',
  overdue: 'error',
  verified: 'success',
};

/** The printed A4 sheet: its size on screen and on paper, and the page margins. */
export const printSheet = {
  width: '210mm',
  minHeight: '297mm',
  margin: '18mm 20mm',
  ink: '#000000',
  paper: '#ffffff',
} as const;
