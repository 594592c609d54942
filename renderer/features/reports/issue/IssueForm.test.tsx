import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRouter } from '../../../app/router';
import { fake } from '../../../testing/dom-setup';
import { IssueForm } from './IssueForm';

const company = {
  id: 'demo-s-0007',
  name: '平顶山市梧沐商贸有限公司',
  identifierMasked: '91410403MAL18LNL5K',
  kind: 'legal-person' as const,
  regionCode: '410403',
  status: 'active' as const,
};

const search = (text: string): void => {
  fireEvent.change(screen.getByTestId('report-subject-input'), { target: { value: text } });
  fireEvent.keyDown(screen.getByTestId('report-subject-input'), { key: 'Enter' });
};

describe('信用报告 › 出具报告', () => {
  it('finds the subject, says when more match than are listed, and issues the report for what was typed', async () => {
    fake().answer('subjects:search', { items: [company], more: true });
    fake().answer('reports:issue', (request) => {
      expect(request).toMatchObject({
        subjectId: 'demo-s-0007',
        purpose: '政府采购供应商资格审查',
        caseNumber: 'CG-2026-0301',
      });
      return { ok: false, error: { code: 'REPORT_NOT_FOUND', message: '本机数据中没有该主体' } };
    });
    render(<IssueForm />);
    search('梧沐');
    expect(await screen.findByText(/匹配的主体超过 1 个/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('report-subject-option'));
    expect(screen.getByTestId('report-subject-chosen').textContent).toContain(company.name);
    fireEvent.change(screen.getByTestId('report-purpose'), { target: { value: '政府采购供应商资格审查' } });
    fireEvent.change(screen.getByTestId('report-case-number'), { target: { value: 'CG-2026-0301' } });
    fireEvent.click(screen.getByTestId('report-issue-submit'));
    // The core's refusal in its words, the page stays.
    expect((await screen.findByTestId('report-issue-error')).textContent).toBe('本机数据中没有该主体');
    expect(useRouter.getState().route.page).not.toBe('report');
  });

  const chooseCompany = async (): Promise<void> => {
    fake().answer('subjects:search', { items: [company], more: false });
    render(<IssueForm />);
    search('梧沐');
    fireEvent.click(await screen.findByTestId('report-subject-option'));
  };
  const helperOf = (testId: string): string =>
    screen.getByTestId(testId).closest('.MuiFormControl-root')?.querySelector('.MuiFormHelperText-root')
      ?.textContent ?? '';

  it('says at each field, in Chinese, what is missing or too long, and sends nothing', async () => {
    const sent = fake().callsTo('reports:issue').length;
    await chooseCompany();
    fireEvent.click(screen.getByTestId('report-issue-submit'));
    await waitFor(() => expect(helperOf('report-purpose')).toBe('请填写查询用途'));
    expect(helperOf('report-case-number')).toBe('请填写办件编号');
    fireEvent.change(screen.getByTestId('report-purpose'), { target: { value: '用'.repeat(201) } });
    fireEvent.change(screen.getByTestId('report-case-number'), { target: { value: 'C'.repeat(65) } });
    fireEvent.click(screen.getByTestId('report-issue-submit'));
    await waitFor(() => expect(helperOf('report-purpose')).toBe('查询用途过长'));
    expect(helperOf('report-case-number')).toBe('办件编号过长');
    expect(fake().callsTo('reports:issue')).toHaveLength(sent);
    expect(screen.queryByTestId('report-issue-error')).toBeNull();
  });

  it('puts a refusal of the core about a field at that field', async () => {
    fake().answer('reports:issue', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求不符合要求',
        details: [{ path: ['caseNumber'], message: '办件编号不符合本单位的编号规则' }],
      },
    });
    const sent = fake().callsTo('reports:issue').length;
    await chooseCompany();
    fireEvent.change(screen.getByTestId('report-purpose'), { target: { value: '政府采购供应商资格审查' } });
    fireEvent.change(screen.getByTestId('report-case-number'), { target: { value: 'X' } });
    fireEvent.click(screen.getByTestId('report-issue-submit'));
    await waitFor(() => expect(helperOf('report-case-number')).toBe('办件编号不符合本单位的编号规则'));
    expect(fake().callsTo('reports:issue')).toHaveLength(sent + 1);
    expect(screen.queryByTestId('report-issue-error')).toBeNull();
    expect(useRouter.getState().route.page).not.toBe('report');
  });
});
