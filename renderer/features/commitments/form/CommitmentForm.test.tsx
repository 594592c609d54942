import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appInfoKey, catalogueKey } from '../../../app/app-info';
import { queryClient } from '../../../app/query/query-client';
import { useCommitmentSession } from '../../../app/commitments/commitment-session';
import type { CommitmentPrefill } from '../../../app/commitments/commitment-values';
import type { ParsedRequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { SubjectKind } from '../../../../shared/domain/subject';
import { useRouter } from '../../../app/router';
import { fake } from '../../../testing/dom-setup';
import { renderInApp } from '../../../testing/render';
import { sampleAppInfo, sampleCatalogue, sampleCommitmentDetail } from '../../../testing/samples';
import { CommitmentsPage } from '../CommitmentsPage';
import { CommitmentForm } from './CommitmentForm';

// The new-commitment form as the clerk uses it: react-hook-form on the contract's commitments:create request,
// through the contract-checked fake transport.

const IDENTIFIER = '91410403MAL18LNL5K';
/** In the registry and barred from the route. */
const BARRED = '91410400MA44TEKT2D';
/** A 个体工商户 in the registry. */
const INDIVIDUAL = '92410422MANE860R2Q';
/** A 居民身份证号码 (with its right check character), in no registry. */
const CITIZEN = '410425196906028054';

const registry: Record<string, { id: string; name: string; kind: SubjectKind }> = {
  [IDENTIFIER]: { id: 'demo-s-0007', name: '平顶山市梧沐商贸有限公司', kind: 'legal-person' },
  [BARRED]: { id: 'demo-s-0001', name: '平顶山市失信示例有限公司', kind: 'legal-person' },
  [INDIVIDUAL]: { id: 'demo-s-0009', name: '叶县示例百货商行', kind: 'individual-business' },
};

/** The core's lookup: the registry's subject (if any), the route open unless the subject is barred. */
const lookedUp = (request: ParsedRequestOf<'commitments:prepare'>): ResponseOf<'commitments:prepare'> => {
  const identifier = request.identifier.toUpperCase();
  return {
    identifier,
    identifierKind: identifier === CITIZEN ? 'citizen-id' : 'uscc',
    subject: registry[identifier] ?? null,
    route:
      identifier === BARRED
        ? { allowed: false, reasons: [{ code: 'barred-list', message: '列入严重失信主体名单' }] }
        : { allowed: true, reasons: [] },
    verifyBy: '2099-12-31',
  };
};

/** Lookups held back until the test lets the one for an identifier answer, in whatever order it chooses. */
const holdLookups = () => {
  const held = new Map<string, () => void>();
  fake().answer(
    'commitments:prepare',
    (request) =>
      new Promise<ResponseOf<'commitments:prepare'>>((answer) =>
        held.set(request.identifier.toUpperCase(), () => answer(lookedUp(request))),
      ),
  );
  return {
    asked: () => [...held.keys()],
    /** The lookup of `identifier` answers, and everything it sets going runs. */
    answer: async (identifier: string): Promise<void> => {
      const release = held.get(identifier);
      if (release === undefined) throw new Error(`no lookup of ${identifier} was asked`);
      await act(async () => {
        release();
        await new Promise((done) => setTimeout(done, 0));
      });
    },
  };
};

const prefill: CommitmentPrefill = {
  identifier: IDENTIFIER,
  name: null,
  kind: null,
  identifierKind: 'uscc',
  matterCode: 'XK0101',
  caseNumber: 'XK-2026-0001',
  checkId: 'check-0001',
};

const session = useCommitmentSession.getState;
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const invalid = (testId: string) => screen.getByTestId(testId).getAttribute('aria-invalid');
const save = () => fireEvent.click(screen.getByTestId('commitment-save'));

/** What a check cannot know, filled in by hand. */
const complete = (): void => {
  type('commitment-reason', '以承诺代替施工图审查合格证明');
  type('commitment-content', '所提交材料真实有效');
  fireEvent.click(screen.getByTestId('commitment-long-term'));
  type('commitment-recognising-name', '平顶山市住房和城乡建设局');
  type('commitment-recognising-code', '11410400MB1234567X');
};

beforeEach(() => {
  // The session's defaults read the app's cache; the form's fields ask through the fake.
  queryClient.setQueryData(appInfoKey, sampleAppInfo());
  queryClient.setQueryData(catalogueKey, sampleCatalogue());
  fake().answer('app:info', sampleAppInfo());
  fake().answer('catalogue:get', sampleCatalogue());
  fake().answer('commitments:prepare', lookedUp);
  fake().answer('commitments:list', { total: 0, counts: { open: 0, dueSoon: 0, overdue: 0 }, items: [] });
  fake().calls.length = 0;
});

afterEach(() => {
  session().close();
});

describe('新建信用承诺 (react-hook-form with the contract’s request)', () => {
  it('marks every missing field at once, in Chinese at the field, and sends nothing', async () => {
    session().openBlank();
    renderInApp(<CommitmentForm />);
    type('commitment-liability', '');
    save();
    expect(await screen.findByText('请填写统一社会信用代码或身份证号码')).toBeTruthy();
    for (const message of [
      '请填写承诺人名称',
      '请填写承诺事由',
      '请填写承诺内容',
      '请填写违诺责任',
      '请填写有效期，或勾选“长期有效”',
      '请选择所属事项',
      '请填写核查期限',
      '请填写单位名称',
    ])
      expect(screen.getByText(message)).toBeTruthy();
    for (const field of ['identifier', 'name', 'reason', 'content', 'valid-until', 'recognising-code'])
      expect(invalid(`commitment-${field}`)).toBe('true');
    expect(screen.queryByTestId('commitment-save-error')).toBeNull();
    expect(fake().callsTo('commitments:create')).toHaveLength(0);
  });

  it('refuses a value of the wrong shape at its field; the lookup fills in the committer and the deadline', async () => {
    session().openFromCheck(prefill);
    renderInApp(<CommitmentForm />);
    await waitFor(() =>
      expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司'),
    );
    expect(screen.getByTestId('form-route').getAttribute('data-allowed')).toBe('true');
    expect(screen.getByTestId('commitment-verify-by')).toHaveProperty('value', '2099-12-31');
    complete();
    type('commitment-recognising-code', 'abc');
    save();
    expect(await screen.findByText('单位代码应为18位统一社会信用代码或9位组织机构代码')).toBeTruthy();
    expect(invalid('commitment-recognising-code')).toBe('true');
    expect(fake().callsTo('commitments:create')).toHaveLength(0);
  });

  it('puts a BAD_REQUEST refusal of the core at its field, with no banner', async () => {
    fake().answer('commitments:create', {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: '请求内容不正确：单位名称过长',
        details: [{ path: ['recognisingUnit', 'name'], message: '单位名称过长' }],
      },
    });
    session().openFromCheck(prefill);
    renderInApp(<CommitmentForm />);
    await waitFor(() =>
      expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司'),
    );
    complete();
    save();
    expect(await screen.findByText('单位名称过长')).toBeTruthy();
    expect(invalid('commitment-recognising-name')).toBe('true');
    expect(screen.queryByTestId('commitment-save-error')).toBeNull();
    expect(fake().callsTo('commitments:create')).toHaveLength(1);
  });

  it('saves the request as the contract has it and opens the new commitment', async () => {
    const saved = sampleCommitmentDetail();
    fake().answer('commitments:create', saved);
    session().openFromCheck(prefill);
    renderInApp(<CommitmentForm />);
    await waitFor(() =>
      expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司'),
    );
    complete();
    type('commitment-case-number', '');
    save();
    await waitFor(() =>
      expect(useRouter.getState().route).toEqual({ page: 'commitment', id: saved.commitment.id }),
    );
    expect(fake().callsTo('commitments:create')).toEqual([
      expect.objectContaining({
        committer: { identifier: IDENTIFIER, name: '平顶山市梧沐商贸有限公司', kind: 'legal-person' },
        reason: '以承诺代替施工图审查合格证明',
        validUntil: null,
        caseNumber: null,
        matterCode: 'XK0101',
        verifyBy: '2099-12-31',
        acceptingUnit: { name: '叶县政务服务中心', code: '11410422MB1234567X' },
        checkId: 'check-0001',
      }),
    ]);
    expect(session().open).toBe(false);
  });

  it('shows a refusal no field can show above the button, with the reasons of a barred route', async () => {
    fake().answer('commitments:create', {
      ok: false,
      error: {
        code: 'COMMITMENT_ROUTE_BARRED',
        message: '该申请人不适用告知承诺制',
        details: [{ code: 'barred-list', message: '列入严重失信主体名单' }],
      },
    });
    session().openFromCheck(prefill);
    renderInApp(<CommitmentForm />);
    await waitFor(() =>
      expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司'),
    );
    complete();
    save();
    const banner = await screen.findByTestId('commitment-save-error');
    expect(banner.textContent).toContain('该申请人不适用告知承诺制');
    expect(banner.textContent).toContain('列入严重失信主体名单');
    expect(session().open).toBe(true);
    fireEvent.change(screen.getByTestId('commitment-type'), { target: { value: 'self-discipline' } });
    await waitFor(() => expect(screen.queryByTestId('commitment-save-error')).toBeNull());
  });

  it('keeps a barred committer from saving a type the route closes', async () => {
    session().openBlank();
    renderInApp(<CommitmentForm />);
    type('commitment-identifier', BARRED.toLowerCase());
    fireEvent.keyDown(screen.getByTestId('commitment-identifier'), { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('form-route').getAttribute('data-allowed')).toBe('false'));
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市失信示例有限公司');
    expect(screen.getByTestId('commitment-save')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('commitment-barred').textContent).toContain('不得作出审批替代型承诺');
    // Another committer: the registry's name of the barred one goes.
    type('commitment-identifier', IDENTIFIER);
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '');
  });

  it('keeps the draft while the clerk looks elsewhere, and asks before another commitment replaces it', async () => {
    session().openBlank();
    const first = renderInApp(<CommitmentsPage />);
    type('commitment-reason', '以承诺代替证明');
    first.unmount();
    renderInApp(<CommitmentsPage />);
    expect(screen.getByTestId('commitment-reason')).toHaveProperty('value', '以承诺代替证明');
    session().openFromCheck(prefill);
    expect(await screen.findByTestId('commitment-discard')).toBeTruthy();
    fireEvent.click(screen.getByTestId('commitment-discard-keep'));
    expect(screen.getByTestId('commitment-reason')).toHaveProperty('value', '以承诺代替证明');
    session().openFromCheck(prefill);
    fireEvent.click(await screen.findByTestId('commitment-discard-discard'));
    await waitFor(() =>
      expect(screen.getByTestId('commitment-case-number')).toHaveProperty('value', 'XK-2026-0001'),
    );
    expect(screen.getByTestId('commitment-reason')).toHaveProperty('value', '');
  });

  it('asks before 取消 throws the clerk’s input away, and closes at once when there is none', async () => {
    session().openBlank();
    renderInApp(<CommitmentForm />);
    fireEvent.click(screen.getByTestId('commitment-form-cancel'));
    expect(session().open).toBe(false);
    session().openBlank();
    type('commitment-content', '所提交材料真实有效');
    fireEvent.click(screen.getByTestId('commitment-form-cancel'));
    fireEvent.click(await screen.findByTestId('commitment-cancel-ask-keep'));
    expect(screen.getByTestId('commitment-content')).toHaveProperty('value', '所提交材料真实有效');
    fireEvent.click(screen.getByTestId('commitment-form-cancel'));
    fireEvent.click(await screen.findByTestId('commitment-cancel-ask-discard'));
    expect(session().open).toBe(false);
  });

  it('fills in only the latest lookup’s answer when an earlier one answers after it', async () => {
    const lookups = holdLookups();
    session().openBlank();
    renderInApp(<CommitmentForm />);
    const lookUp = (identifier: string) => {
      type('commitment-identifier', identifier);
      fireEvent.keyDown(screen.getByTestId('commitment-identifier'), { key: 'Enter' });
    };
    lookUp(INDIVIDUAL);
    await waitFor(() => expect(lookups.asked()).toEqual([INDIVIDUAL]));
    // The clerk corrects the identifier before the first answer is in.
    lookUp(IDENTIFIER);
    await waitFor(() => expect(lookups.asked()).toEqual([INDIVIDUAL, IDENTIFIER]));
    await lookups.answer(IDENTIFIER);
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司');
    await lookups.answer(INDIVIDUAL);
    expect(screen.getByTestId('commitment-identifier')).toHaveProperty('value', IDENTIFIER);
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司');
    expect(screen.getByTestId('commitment-kind')).toHaveProperty('value', 'legal-person');
    expect(session().lookup.prepared?.identifier).toBe(IDENTIFIER);
  });

  it('drops the answer for the identifier the clerk has since changed, while the new lookup is under way', async () => {
    const lookups = holdLookups();
    session().openBlank();
    renderInApp(<CommitmentForm />);
    type('commitment-identifier', INDIVIDUAL);
    fireEvent.keyDown(screen.getByTestId('commitment-identifier'), { key: 'Enter' });
    await waitFor(() => expect(lookups.asked()).toEqual([INDIVIDUAL]));
    type('commitment-identifier', IDENTIFIER);
    fireEvent.keyDown(screen.getByTestId('commitment-identifier'), { key: 'Enter' });
    await waitFor(() => expect(lookups.asked()).toEqual([INDIVIDUAL, IDENTIFIER]));
    await lookups.answer(INDIVIDUAL);
    expect(screen.getByTestId('commitment-identifier')).toHaveProperty('value', IDENTIFIER);
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '');
    expect(screen.getByTestId('commitment-kind')).toHaveProperty('value', 'legal-person');
    expect(screen.queryByTestId('form-route')).toBeNull();
    expect(session().lookup).toMatchObject({ prepared: null, preparing: true });
    await lookups.answer(IDENTIFIER);
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '平顶山市梧沐商贸有限公司');
    expect(session().lookup.preparing).toBe(false);
  });

  it('drops a lookup of a replaced form that answers once the new form is shown', async () => {
    const lookups = holdLookups();
    session().openFromCheck(prefill);
    renderInApp(<CommitmentsPage />);
    await waitFor(() => expect(lookups.asked()).toEqual([IDENTIFIER]));
    // Nothing typed yet: 新建承诺 replaces the form at once.
    act(() => session().openBlank());
    await waitFor(() => expect(screen.getByTestId('commitment-case-number')).toHaveProperty('value', ''));
    await lookups.answer(IDENTIFIER);
    expect(screen.getByTestId('commitment-identifier')).toHaveProperty('value', '');
    expect(screen.getByTestId('commitment-name')).toHaveProperty('value', '');
    expect(screen.queryByTestId('form-route')).toBeNull();
    expect(session().lookup).toMatchObject({ prepared: null, preparing: false });
    expect(session()).toMatchObject({ dirty: false, fromCaseNumber: null });
    expect(session().values.committer).toEqual({ identifier: '', name: '', kind: 'legal-person' });
  });

  it('holds a 居民身份证号码 to the 类别 自然人: another is refused at the field and nothing sent', async () => {
    const saved = sampleCommitmentDetail();
    fake().answer('commitments:create', saved);
    session().openFromCheck({
      ...prefill,
      identifier: CITIZEN,
      name: '张三',
      kind: null,
      identifierKind: 'citizen-id',
    });
    renderInApp(<CommitmentForm />);
    await waitFor(() =>
      expect(screen.getByTestId('commitment-verify-by')).toHaveProperty('value', '2099-12-31'),
    );
    expect(screen.getByTestId('commitment-kind')).toHaveProperty('value', 'natural-person');
    complete();
    type('commitment-kind', 'legal-person');
    save();
    expect(await screen.findByText('填写身份证号码的承诺人类别应为“自然人”')).toBeTruthy();
    expect(invalid('commitment-kind')).toBe('true');
    expect(fake().callsTo('commitments:create')).toHaveLength(0);

    type('commitment-kind', 'natural-person');
    save();
    await waitFor(() =>
      expect(useRouter.getState().route).toEqual({ page: 'commitment', id: saved.commitment.id }),
    );
    expect(fake().callsTo('commitments:create')).toEqual([
      expect.objectContaining({
        committer: { identifier: CITIZEN, name: '张三', kind: 'natural-person' },
      }),
    ]);
  });
});
