import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRouter } from '../../../app/router';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
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
    renderInApp(<IssueForm />);
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
    renderInApp(<IssueForm />);
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

describe('信用报告 › 出具报告 › 本人授权 (part of the same form)', () => {
  const person = {
    id: 'demo-s-0010',
    name: '冯志亚',
    identifierMasked: '410422********1234',
    kind: 'natural-person' as const,
    regionCode: '410422',
    status: 'active' as const,
  };
  const helperOf = (testId: string): string =>
    screen.getByTestId(testId).closest('.MuiFormControl-root')?.querySelector('.MuiFormHelperText-root')
      ?.textContent ?? '';
  const choose = async (subject: typeof person | typeof company): Promise<void> => {
    fake().answer('subjects:search', { items: [subject], more: false });
    renderInApp(<IssueForm />);
    search(subject.name.slice(0, 2));
    fireEvent.click(await screen.findByTestId('report-subject-option'));
    fireEvent.change(screen.getByTestId('report-purpose'), { target: { value: '招聘政审' } });
    fireEvent.change(screen.getByTestId('report-case-number'), { target: { value: 'RS-2026-0042' } });
  };
  const submitButton = (): HTMLButtonElement => screen.getByTestId('report-issue-submit');
  /** The words beside 生成报告 while it cannot be pressed, and the button described by them. */
  const reason = (): string => {
    const text = screen.getByTestId('report-issue-submit-reason');
    expect(submitButton().getAttribute('aria-describedby')).toBe(text.id);
    return text.textContent ?? '';
  };

  it('says beside 生成报告 why it cannot be pressed before a subject is chosen', () => {
    renderInApp(<IssueForm />);
    expect(submitButton().disabled).toBe(true);
    expect(reason()).toBe('请先查询并选定信用主体');
  });

  it('asks a natural person’s 授权, says at the field what is missing, and sends it with the request', async () => {
    const refusal = {
      ok: false as const,
      error: { code: 'REPORT_NOT_FOUND' as const, message: '本机数据中没有该主体' },
    };
    fake().answer('reports:issue', refusal);
    const sent = fake().callsTo('reports:issue').length;
    await choose(person);
    expect(screen.getByTestId('report-authorisation').textContent).toContain('须经本人授权');
    expect(submitButton().disabled).toBe(true);
    expect(reason()).toBe('请先填写完整的本人授权');
    const name = screen.getByTestId('report-authorisation-person');
    fireEvent.focus(name);
    fireEvent.blur(name);
    await waitFor(() => expect(helperOf('report-authorisation-person')).toBe('请填写到场人姓名'));
    fireEvent.change(name, { target: { value: '冯志亚' } });
    // The name alone is not enough: the ID card must be confirmed checked.
    await waitFor(() => expect(helperOf('report-authorisation-person')).toBe(''));
    expect(submitButton().disabled).toBe(true);
    fireEvent.click(screen.getByTestId('report-authorisation-id-checked'));
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    expect(screen.queryByTestId('report-issue-submit-reason')).toBeNull();
    expect(submitButton().getAttribute('aria-describedby')).toBeNull();
    expect(fake().callsTo('reports:issue')).toHaveLength(sent);
    fireEvent.click(submitButton());
    expect((await screen.findByTestId('report-issue-error')).textContent).toBe('本机数据中没有该主体');
    expect(fake().callsTo('reports:issue').at(-1)).toEqual({
      subjectId: person.id,
      purpose: '招聘政审',
      caseNumber: 'RS-2026-0042',
      authorisation: { method: 'in-person', personName: '冯志亚', idCardChecked: true },
    });
  });

  it('puts a refusal of the core about the 授权 at its field', async () => {
    fake().answer('reports:issue', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求不符合要求',
        details: [{ path: ['authorisation', 'personName'], message: '到场人姓名过长' }],
      },
    });
    await choose(person);
    fireEvent.change(screen.getByTestId('report-authorisation-person'), { target: { value: '冯志亚' } });
    fireEvent.click(screen.getByTestId('report-authorisation-id-checked'));
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    fireEvent.click(submitButton());
    await waitFor(() => expect(helperOf('report-authorisation-person')).toBe('到场人姓名过长'));
    expect(screen.queryByTestId('report-issue-error')).toBeNull();
  });

  it('sends no 授权 for a company, and asks for one when the core says the policy needs it', async () => {
    fake().answer('reports:issue', {
      ok: false,
      error: { code: 'REPORT_AUTHORISATION_REQUIRED', message: '出具该主体的信用报告须经授权' },
    });
    const sent = fake().callsTo('reports:issue').length;
    await choose(company);
    expect(screen.queryByTestId('report-authorisation')).toBeNull();
    fireEvent.click(submitButton());
    expect((await screen.findByTestId('report-issue-error')).textContent).toBe(
      '出具该主体的信用报告须经授权',
    );
    expect(fake().callsTo('reports:issue')).toHaveLength(sent + 1);
    expect(fake().callsTo('reports:issue').at(-1)).not.toHaveProperty('authorisation');
    expect(screen.getByTestId('report-authorisation')).toBeTruthy();
    expect(submitButton().disabled).toBe(true);
    fireEvent.click(screen.getByTestId('report-authorisation-document'));
    expect(screen.getByTestId('report-authorisation-attach')).toBeTruthy();
    expect(screen.queryByTestId('report-authorisation-person')).toBeNull();
    expect(submitButton().disabled).toBe(true);
  });
});
