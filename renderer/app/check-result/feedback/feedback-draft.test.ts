import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../../shared/domain/app';
import type { Measure } from '../../../../shared/domain/catalogue';
import type { Hit } from '../../../../shared/domain/check';
import {
  actedAtBounds,
  availableActions,
  initialDraft,
  toFeedbackItem,
  withAction,
  withMeasure,
} from './feedback-draft';

const measure = (code: string, direction: Measure['direction'], legalBasis: string): Measure => ({
  code,
  listType: 'L',
  name: `措施${code}`,
  direction,
  measureClass: '1',
  legalBasis,
  matterCategories: ['licensing'],
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  scope: 'window',
});

const hit = (overrides: Partial<Hit> = {}): Hit => ({
  key: 'h1',
  entry: {
    id: 'e1',
    subjectId: 's1',
    listType: 'L',
    listedOn: '2025-01-01',
    listingUnit: '法院',
    reason: '事由',
    documentNumber: null,
    expiresOn: null,
    removedOn: null,
    status: 'active',
  },
  listType: { code: 'L', name: '失信被执行人', kind: 'serious', authority: '法院' },
  incentives: [],
  punishments: [measure('P1', 'punishment', '《甲》；《乙》'), measure('P2', 'punishment', '《乙》')],
  notApplicable: [],
  supervisory: [],
  actionable: true,
  incentivesSuppressed: false,
  ...overrides,
});

const settings: Settings = {
  staleAfterHours: 72,
  operatorName: '张三',
  department: '审批局',
  departmentCode: '',
  districtCode: '410402',
  lockAfterMinutes: 15,
};
// 2026-01-02 09:30 in Beijing, whatever zone the test machine is in.
const now = new Date('2026-01-02T01:30:00Z');
const bounds = actedAtBounds('2026-01-02T08:00:00.000+08:00', now);

describe('feedback draft', () => {
  it('defaults to punished with every punishment checked and their bases joined once', () => {
    const draft = initialDraft(hit(), settings, now);
    expect(draft.action).toBe('punished');
    expect(draft.measureCodes).toEqual(['P1', 'P2']);
    expect(draft.legalBasis).toBe('《甲》；《乙》');
    expect(draft.department).toBe('审批局');
    expect(draft.districtCode).toBe('410402');
    expect(draft.actedAt).toBe('2026-01-02 09:30');
  });

  it('leaves 实施部门 empty without an office set, and defaults to incentivized without punishments', () => {
    const red = hit({ punishments: [], incentives: [measure('I1', 'incentive', '《丙》')] });
    const draft = initialDraft(red, { ...settings, department: '' }, now);
    expect(draft.action).toBe('incentivized');
    // Not the matter's department: it did not apply the measure.
    expect(draft.department).toBe('');
  });

  it('does not offer incentives while they are suppressed', () => {
    const suppressed = hit({
      incentives: [measure('I1', 'incentive', '《丙》')],
      incentivesSuppressed: true,
    });
    expect(availableActions(suppressed)).toEqual(['punished', 'none']);
  });

  it('recomputes the basis from the chosen measures until the clerk edits it', () => {
    const base = initialDraft(hit(), settings, now);
    expect(withMeasure(base, hit(), 'P1', false).legalBasis).toBe('《乙》');
    const edited = { ...base, legalBasis: '手写依据', legalBasisEdited: true };
    expect(withMeasure(edited, hit(), 'P1', false).legalBasis).toBe('手写依据');
  });

  it('requires a reason when no measure was taken and builds the item otherwise', () => {
    const none = { ...withAction(initialDraft(hit(), settings, now), hit(), 'none'), result: '未处理' };
    const refused = toFeedbackItem('h1', none, bounds);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.reason).toBeDefined();
    const built = toFeedbackItem('h1', { ...none, reason: '申请人撤回', amount: '1,000' }, bounds);
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.item.measureCodes).toEqual([]);
      expect(built.item.amount).toBe(1000);
      expect(built.item.actedAt).toBe('2026-01-02T09:30:00.000+08:00');
    }
  });

  it('rejects a negative amount and an empty result', () => {
    const draft = { ...initialDraft(hit(), settings, now), amount: '-5' };
    const refused = toFeedbackItem('h1', draft, bounds);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.errors).sort()).toEqual(['amount', 'result']);
  });

  it('refuses an action time before the check, in the future or missing, at the field', () => {
    const base = { ...initialDraft(hit(), settings, now), result: '不予通过' };
    const errorOf = (actedAt: string) => {
      const built = toFeedbackItem('h1', { ...base, actedAt }, bounds);
      return built.ok ? null : built.errors.actedAt;
    };
    expect(errorOf('2026-01-02 07:59')).toBe('不能早于核查时间（2026-01-02 08:00）');
    expect(errorOf('2026-01-02 09:31')).toBe('不能晚于当前时间（2026-01-02 09:30）');
    expect(errorOf('1900-01-01 10:00')).toBe('不能早于核查时间（2026-01-02 08:00）');
    expect(errorOf('')).toBe('请填写实施时间');
    expect(errorOf('unfinished')).toBe('请输入完整、存在的日期和时间');
    expect(errorOf('2026-01-02 08:00')).toBeNull();
  });
});
