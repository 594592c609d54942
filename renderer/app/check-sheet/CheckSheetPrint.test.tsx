import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/catalogue';
import type { CheckDetail, CheckResult } from '../../../shared/domain/check';
import { fake } from '../../testing/dom-setup';
import { sampleHit } from '../../testing/check-samples';
import { renderInApp } from '../../testing/render';
import { CheckSheetButton } from './CheckSheetButton';

const CHECK_ID = '5f0c2d8e-1b7a-4c39-9e51-2a7d3c4b6f10';

const measure: Measure = {
  code: 'M-SXBZXR-01',
  listType: 'DISHONEST_JUDGMENT_DEBTOR',
  name: '限制参加政府采购活动',
  direction: 'punishment',
  measureClass: '1',
  legalBasis: '《关于加快推进失信被执行人信用监督、警示和惩戒机制建设的意见》',
  matterCategories: ['procurement'],
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  scope: 'window',
};

const result: CheckResult = {
  checkId: CHECK_ID,
  checkedAt: '2026-11-27T01:30:00.000Z',
  operator: '王芳（wangfang）',
  context: {
    caseNumber: 'PDS-2026-0042',
    matter: {
      code: 'PDS-CG-001',
      name: '政府采购供应商资格审查',
      category: 'procurement',
      department: '财政局',
    },
    note: null,
  },
  query: {
    by: 'subject',
    raw: 'demo-s-0001',
    normalized: '91410400MA44TEKT0X',
    kind: 'uscc',
    warnings: [],
    overrideReason: null,
  },
  found: true,
  subject: {
    id: 'demo-s-0001',
    name: '平顶山市鹰城建筑工程有限公司',
    identifier: '91410400MA44TEKT0X',
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: '410400',
    legalRepresentative: '张伟',
    registeredOn: '2015-03-02',
    address: null,
    status: 'active',
    updatedAt: '2026-11-27T00:00:00.000Z',
  },
  tags: ['punishment-target', 'active'],
  grade: null,
  grades: [],
  hits: [sampleHit({ punishments: [measure] })],
  records: [],
  verdict: {
    code: 'punishment',
    reasons: [{ code: 'serious-listing', message: '该主体为失信被执行人，本事项适用联合惩戒措施' }],
  },
  freshness: { cacheAsOf: '2026-11-27T00:00:00.000Z', ageHours: 1.5, staleAfterHours: 72, stale: false },
  offline: false,
  acceptingUnit: { name: '平顶山市行政审批服务局', code: '11410400MB0000000X' },
};

const detail: CheckDetail = {
  result,
  feedback: [
    {
      id: 'fb-1',
      checkId: CHECK_ID,
      hitKey: 'e-debtor',
      action: 'punished',
      measureCodes: ['M-SXBZXR-01'],
      reason: null,
      result: '不予通过资格审查',
      amount: null,
      legalBasis: '《政府采购法》第二十二条',
      department: '平顶山市财政局',
      districtCode: '410400',
      actedAt: '2026-11-27T02:00:00.000Z',
      recordedAt: '2026-11-27T02:05:00.000Z',
      operator: '王芳（wangfang）',
    },
  ],
  feedbackState: { required: 1, recorded: 1, open: false },
  externalQueries: [],
  standing: { supersededBy: null, externalQueryOpen: false },
};

const openSheet = async (answer: CheckDetail): Promise<HTMLElement> => {
  fake().answer('check:get', answer);
  renderInApp(<CheckSheetButton checkId={CHECK_ID} />);
  fireEvent.click(screen.getByTestId('check-sheet-open'));
  return screen.findByTestId('check-sheet');
};

describe('核查记录单', () => {
  it('prints the stored record: approval, unit, clerk and Beijing time, evidence, verdict, measures and feedback', async () => {
    const sheet = await openSheet(detail);
    expect(fake().callsTo('check:get')).toEqual([{ checkId: CHECK_ID }]);
    const text = sheet.textContent ?? '';
    expect(screen.getByTestId('sheet-case-number').textContent).toBe('PDS-2026-0042');
    expect(screen.getByTestId('sheet-matter').textContent).toBe('政府采购供应商资格审查（PDS-CG-001）');
    expect(screen.getByTestId('sheet-unit').textContent).toBe('平顶山市行政审批服务局（11410400MB0000000X）');
    expect(screen.getByTestId('sheet-operator').textContent).toBe('王芳（wangfang）');
    // 01:30 UTC is 09:30 in Beijing, whatever zone the PC is set to.
    expect(screen.getByTestId('sheet-checked-at').textContent).toBe('2026-11-27 09:30');
    expect(screen.getByTestId('sheet-source').textContent).toBe(
      '核查时本机已连接市信用平台，数据截至 2026-11-27 08:00（核查时距上次同步约 1 小时）',
    );
    expect(screen.getByTestId('sheet-subject').textContent).toBe('平顶山市鹰城建筑工程有限公司');
    expect(screen.getByTestId('sheet-verdict').textContent).toContain('适用失信惩戒措施');
    expect(screen.getByTestId('sheet-verdict').textContent).toContain('该主体为失信被执行人');
    expect(screen.getByTestId('sheet-hits').textContent).toContain('失信被执行人');
    expect(screen.getByTestId('sheet-hits').textContent).toContain('限制参加政府采购活动');
    const feedback = screen.getByTestId('sheet-feedback').textContent ?? '';
    expect(feedback).toContain('已惩戒');
    expect(feedback).toContain('不予通过资格审查');
    expect(feedback).toContain('2026-11-27 10:00');
    // The check's id is in the QR code only; no other internal id or code reaches the paper.
    expect(screen.getByTestId('sheet-qr').getAttribute('data-value')).toBe(CHECK_ID);
    for (const internal of [
      CHECK_ID,
      'demo-s-0001',
      'e-debtor',
      'M-SXBZXR-01',
      'DISHONEST',
      'fb-1',
      'punish',
    ])
      expect(text).not.toContain(internal);
  });

  it('says plainly that an offline check rested on a stale cache, as the record says', async () => {
    const sheet = await openSheet({
      ...detail,
      result: {
        ...result,
        offline: true,
        freshness: {
          cacheAsOf: '2026-11-20T00:00:00.000Z',
          ageHours: 169.5,
          staleAfterHours: 72,
          stale: true,
        },
        verdict: { code: 'review', reasons: [] },
      },
      feedback: [],
      feedbackState: { required: 1, recorded: 0, open: true },
    });
    expect(screen.getByTestId('sheet-source').textContent).toBe(
      '核查时本机未连接市信用平台，依据本机离线缓存数据核查，数据截至 2026-11-20 08:00，已超过 169 小时未同步，按规定结论需人工研判',
    );
    expect(screen.getByTestId('sheet-verdict').textContent).toContain('需人工研判');
    expect(screen.getByTestId('sheet-feedback-state').textContent).toBe(
      '尚未反馈完毕（已反馈 0 项，共 1 项）',
    );
    expect(sheet.textContent).not.toContain('王芳于');
  });

  it('names a missing 受理单位 rather than printing a blank, for a record made before units were recorded', async () => {
    const { acceptingUnit: _unit, ...older } = result;
    await openSheet({ ...detail, result: older });
    expect(screen.getByTestId('sheet-unit').textContent).toBe('（本条核查记录未记载受理单位）');
  });

  it('saves the PDF through the desktop shell for this check, records it in the audit trail and tells where', async () => {
    fake().answer('check:sheet-pdf', { saved: true, path: 'D:\\办件\\核查记录单.pdf' });
    fake().answer('check:sheet-printed', { recorded: true });
    await openSheet(detail);
    fireEvent.click(screen.getByTestId('check-sheet-pdf'));
    expect(await screen.findByTestId('check-sheet-notice')).toBeTruthy();
    expect(screen.getByTestId('check-sheet-notice').textContent).toBe('已保存：D:\\办件\\核查记录单.pdf');
    expect(fake().callsTo('check:sheet-pdf')).toEqual([{ checkId: CHECK_ID }]);
    expect(fake().callsTo('check:sheet-printed')).toEqual([{ checkId: CHECK_ID, how: 'pdf' }]);
  });

  it('records nothing when the print dialog was cancelled, and shows the refusal when recording fails', async () => {
    fake().answer('check:sheet-print', { printed: false });
    await openSheet(detail);
    fireEvent.click(screen.getByTestId('check-sheet-print'));
    await waitFor(() => expect(fake().callsTo('check:sheet-print')).toHaveLength(1));
    const printed = () =>
      fake()
        .callsTo('check:sheet-printed')
        .filter((call) => call.how === 'print');
    expect(printed()).toEqual([]);
    fake().answer('check:sheet-print', { printed: true });
    fake().answer('check:sheet-printed', {
      ok: false,
      error: { code: 'CHECK_NOT_FOUND', message: '未找到该核查记录' },
    });
    fireEvent.click(screen.getByTestId('check-sheet-print'));
    expect((await screen.findByTestId('check-sheet-error')).textContent).toBe('未找到该核查记录');
    expect(printed()).toEqual([{ checkId: CHECK_ID, how: 'print' }]);
  });
});
