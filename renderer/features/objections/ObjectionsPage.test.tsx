import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNewObjectionSession } from '../../app/objections/new-objection-session';
import { useObjectionsView } from '../../app/objections/objections-list';
import { useRouter } from '../../app/router';
import { fake } from '../../testing/dom-setup';
import {
  objectionCandidate,
  objectionCompany,
  objectionListItem,
  sampleObjectionDetail,
} from '../../testing/objection-samples';
import { renderLive } from '../../testing/render-live';
import { ObjectionsPage } from './ObjectionsPage';

beforeEach(() => {
  fake().calls.length = 0;
  useObjectionsView.setState(useObjectionsView.getInitialState());
  act(() => useNewObjectionSession.getState().close());
  fake().answer('objections:list', { total: 1, items: [objectionListItem()] });
  fake().answer('subjects:search', { items: [objectionCompany], more: false });
  fake().answer('objections:candidates', {
    subject: objectionCompany,
    candidates: [
      objectionCandidate('demo-r-0005'),
      objectionCandidate('demo-r-0006', { title: '行政处罚：未按期办理纳税申报', openObjectionId: 'YY-1' }),
    ],
  });
});

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId));
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

/** 受理异议申请, the company found by name and chosen: the form shows its records. */
async function openFormForCompany(): Promise<void> {
  renderLive(<ObjectionsPage />);
  click('objection-new-button');
  type('objection-subject-input', '梧沐');
  fireEvent.keyDown(screen.getByTestId('objection-subject-input'), { key: 'Enter' });
  fireEvent.click(await screen.findByTestId('objection-subject-option'));
  await screen.findAllByTestId('objection-candidate');
}

describe('异议处理 list', () => {
  it('lists the open objections with their deadline; 临近期限或已逾期 asks the core for those at risk', async () => {
    renderLive(<ObjectionsPage />);
    const row = await screen.findByTestId('objection-row');
    expect(row.textContent).toContain('平顶山市梧沐商贸有限公司');
    expect(row.textContent).toContain('处理 · 剩余 1 个工作日（截至 2026-12-09）');
    expect(fake().callsTo('objections:list').at(-1)).toMatchObject({ open: true, limit: 20, offset: 0 });
    fireEvent.change(screen.getByTestId('objections-scope'), { target: { value: 'at-risk' } });
    await waitFor(() =>
      expect(fake().callsTo('objections:list').at(-1)).toMatchObject({ open: true, atRisk: true }),
    );
  });
});

describe('受理异议申请', () => {
  it('offers the subject’s records, not one already under objection, and fills in the subject as applicant', async () => {
    await openFormForCompany();
    const [free, taken] = screen.getAllByTestId('objection-candidate');
    expect(within(free!).getByTestId('objection-candidate-check')).toHaveProperty('disabled', false);
    expect(within(taken!).getByTestId('objection-candidate-check')).toHaveProperty('disabled', true);
    expect(taken!.textContent).toContain('已有办理中的异议申请');
    expect(screen.getByTestId('objection-applicant-name')).toHaveProperty('value', objectionCompany.name);
    expect(screen.getByTestId('objection-applicant-id')).toHaveProperty(
      'value',
      objectionCompany.identifierMasked,
    );
    expect(screen.getByTestId('objection-pledge-check')).toHaveProperty('checked', false);
  });

  it('names each missing field at the field, the 承诺 too, and sends nothing', async () => {
    await openFormForCompany();
    click('objection-submit');
    expect(await screen.findByText('请至少选择一条有异议的记录')).toBeTruthy();
    expect(screen.getByText('请填写不少于4个字的异议事由')).toBeTruthy();
    expect(screen.getByText('请填写联系电话')).toBeTruthy();
    expect(screen.getByTestId('objection-pledge-message').textContent).toBe(
      '须由申请人承诺所提交材料真实有效',
    );
    expect(screen.getByTestId('objection-fix-errors')).toBeTruthy();
    expect(fake().callsTo('objections:create')).toHaveLength(0);
  });

  it('takes an agent’s objection in and opens it; a refusal about a field is shown at that field', async () => {
    fake().answer('objections:create', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确',
        details: [{ path: ['applicant', 'idNumber'], message: '证件号码校验位不正确' }],
      },
    });
    await openFormForCompany();
    fireEvent.click(screen.getAllByTestId('objection-candidate-check')[0]!);
    fireEvent.click(screen.getByTestId('objection-role-agent'));
    type('objection-applicant-name', '李明');
    type('objection-applicant-id', '410402199001011234');
    type('objection-applicant-phone', '13800000000');
    type('objection-statement', '该处罚决定已经行政复议撤销，但仍在公示');
    click('objection-pledge-check');
    click('objection-submit');
    expect(await screen.findByText('证件号码校验位不正确')).toBeTruthy();
    expect(fake().callsTo('objections:create')).toEqual([
      {
        subjectId: objectionCompany.id,
        checkId: null,
        targets: [{ targetTable: 'credit_records', targetId: 'demo-r-0005' }],
        grounds: 'error-or-omission',
        statement: '该处罚决定已经行政复议撤销，但仍在公示',
        applicant: {
          role: 'agent',
          name: '李明',
          idKind: 'citizen-id',
          idNumber: '410402199001011234',
          phone: '13800000000',
        },
        attachments: [],
        truthfulnessPledged: true,
      },
    ]);
    fake().answer('objections:create', sampleObjectionDetail());
    click('objection-submit');
    await waitFor(() =>
      expect(useRouter.getState().route).toEqual({ page: 'objection', id: 'YY-2026-000123' }),
    );
    expect(useNewObjectionSession.getState().open).toBe(false);
  });

  it('from a check result: the record is chosen, the full code filled in, the check named', async () => {
    fake().answer('objections:create', sampleObjectionDetail());
    act(() =>
      useNewObjectionSession.getState().startFrom({
        subjectId: objectionCompany.id,
        identifier: '91410403MAL18LNL5K',
        target: { targetTable: 'credit_records', targetId: 'demo-r-0005' },
        checkId: 'check-42',
      }),
    );
    renderLive(<ObjectionsPage />);
    const [first] = await screen.findAllByTestId('objection-candidate');
    expect(within(first!).getByTestId('objection-candidate-check')).toHaveProperty('checked', true);
    type('objection-applicant-phone', '0375-8888888');
    type('objection-statement', '列入时间登记有误');
    click('objection-pledge-check');
    click('objection-submit');
    await waitFor(() => expect(fake().callsTo('objections:create')).toHaveLength(1));
    expect(fake().callsTo('objections:create')[0]).toMatchObject({
      checkId: 'check-42',
      applicant: { role: 'subject', idKind: 'uscc', idNumber: '91410403MAL18LNL5K' },
    });
  });
});
