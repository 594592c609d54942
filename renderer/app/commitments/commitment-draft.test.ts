import { describe, expect, it } from 'vitest';
import { CommitmentDraft } from '../../../shared/domain/commitment';
import {
  blankFields,
  draftFieldOf,
  guessKind,
  issuesToErrors,
  prefilledFields,
  toDraft,
  type CommitmentFields,
} from './commitment-draft';
import { commitmentDraftTexts } from './texts';

const filled = (patch: Partial<CommitmentFields> = {}): CommitmentFields => ({
  ...blankFields('2026-11-28', { name: '平顶山市政务服务中心', code: '' }),
  identifier: ' 91410471535100956d ',
  name: '平顶山韶芮新材料科技有限公司',
  reason: '申请施工许可，以承诺代替证明材料',
  content: '承诺所提交材料真实有效',
  validUntil: '2027-11-27',
  matterCode: 'XK0101',
  caseNumber: '',
  recognisingName: '平顶山市住房和城乡建设局',
  recognisingCode: '11410400MB1234567X',
  acceptingCode: '11410400MB7654321X',
  verifyBy: '2026-12-28',
  ...patch,
});

describe('toDraft', () => {
  it('builds a draft the contract accepts: identifier normalised, empty case number null', () => {
    const built = toDraft(filled());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.draft.committer.identifier).toBe('91410471535100956D');
    expect(built.draft.caseNumber).toBeNull();
    expect(built.draft.acceptingUnit.name).toBe('平顶山市政务服务中心');
    expect(CommitmentDraft.safeParse(built.draft).success).toBe(true);
  });

  it('sends 长期 as a null validity whatever the date field holds', () => {
    const built = toDraft(filled({ longTerm: true, validUntil: '' }));
    expect(built.ok && built.draft.validUntil).toBeNull();
  });

  it('names the missing dates and matter in Chinese before anything is sent', () => {
    const built = toDraft(filled({ validUntil: '', verifyBy: '', matterCode: '', identifier: '' }));
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toEqual({
      identifier: commitmentDraftTexts.required.identifier,
      validUntil: commitmentDraftTexts.required.validUntil,
      verifyBy: commitmentDraftTexts.required.verifyBy,
      matterCode: commitmentDraftTexts.required.matter,
    });
  });

  it('checks the contract’s fields in the same pass: name, 事由, 内容, both units', () => {
    const built = toDraft(
      filled({
        name: ' ',
        reason: '',
        content: '',
        recognisingName: '',
        recognisingCode: '',
        validUntil: '',
      }),
    );
    expect(!built.ok && built.errors).toEqual({
      name: '请填写承诺人名称',
      reason: '请填写承诺事由',
      content: '请填写承诺内容',
      recognisingName: '请填写单位名称',
      recognisingCode: '请填写单位代码',
      validUntil: commitmentDraftTexts.required.validUntil,
    });
  });

  it('refuses a 作出日期 after today and a 类别 that does not fit the identifier', () => {
    const context = { today: '2026-11-27', identifierKind: 'uscc' as const };
    const built = toDraft(filled({ kind: 'natural-person' }), context);
    expect(!built.ok && built.errors).toEqual({
      madeOn: commitmentDraftTexts.required.madeAfterToday,
      kind: commitmentDraftTexts.required.kindOfUscc,
    });
    const person = toDraft(filled({ kind: 'legal-person' }), { identifierKind: 'citizen-id' });
    expect(!person.ok && person.errors).toEqual({ kind: commitmentDraftTexts.required.kindOfCitizenId });
  });

  it('refuses dates before the day the commitment is made', () => {
    const built = toDraft(filled({ validUntil: '2026-11-01', verifyBy: '2026-11-27' }));
    expect(!built.ok && built.errors).toEqual({
      validUntil: commitmentDraftTexts.required.validBeforeMade,
      verifyBy: commitmentDraftTexts.required.verifyBeforeMade,
    });
  });
});

describe('issuesToErrors', () => {
  it('puts the core’s issues under their fields and keeps what fits nowhere', () => {
    const details = [
      { path: ['committer', 'name'], message: '请填写承诺人名称' },
      { path: ['recognisingUnit', 'code'], message: '请填写单位代码' },
      { path: ['reason'], message: 'Too small' },
      { path: ['somethingElse'], message: '未知的字段' },
      'not an issue',
    ];
    expect(issuesToErrors(details, draftFieldOf)).toEqual({
      errors: {
        name: '请填写承诺人名称',
        recognisingCode: '请填写单位代码',
        reason: commitmentDraftTexts.invalidField,
      },
      unplaced: ['未知的字段'],
    });
  });

  it('finds nothing in details that are not issues', () => {
    expect(issuesToErrors({ reasons: [] }, draftFieldOf)).toEqual({ errors: {}, unplaced: [] });
    expect(issuesToErrors([{ code: 'barred-list', message: '列入严重失信主体名单' }], draftFieldOf)).toEqual({
      errors: {},
      unplaced: [],
    });
  });
});

describe('prefill from a check', () => {
  it('carries the applicant, the matter, the case, the check and the accepting unit of the settings', () => {
    const fields = prefilledFields(
      '2026-11-28',
      { name: '平顶山市政务服务中心', code: '11410400MB7654321X' },
      {
        identifier: '92410422MANE860R2Q',
        name: null,
        kind: null,
        identifierKind: 'uscc',
        matterCode: 'XK0101',
        caseNumber: 'XK-2026-0009',
        checkId: 'check-1',
      },
    );
    expect(fields).toMatchObject({
      identifier: '92410422MANE860R2Q',
      name: '',
      kind: 'individual-business',
      matterCode: 'XK0101',
      caseNumber: 'XK-2026-0009',
      checkId: 'check-1',
      madeOn: '2026-11-28',
      acceptingName: '平顶山市政务服务中心',
      acceptingCode: '11410400MB7654321X',
    });
  });

  it('guesses the committer’s 类别 from the identifier', () => {
    expect(guessKind('410425196906028054', 'citizen-id')).toBe('natural-person');
    expect(guessKind('92410422MANE860R2Q', 'uscc')).toBe('individual-business');
    expect(guessKind('914104217200968131', null)).toBe('legal-person');
  });
});
