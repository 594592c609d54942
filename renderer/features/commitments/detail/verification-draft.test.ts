import {
  LIABILITY_REQUIRED,
  UNFULFILLED_REQUIRED,
  VERIFIED_BEFORE_MADE,
} from '../../../../shared/commitment/validation';
import { describe, expect, it } from 'vitest';
import { Verification } from '../../../../shared/domain/commitment';
import { detailTexts } from '../texts';
import { blankVerification, toVerification, verificationFieldOf, verifyErrorOf } from './verification-draft';

const texts = detailTexts.verify;
const TODAY = '2026-12-02';

describe('toVerification', () => {
  it('a kept commitment needs no details, and sends none', () => {
    const built = toVerification(
      { ...blankVerification('2026-12-01'), unfulfilledContent: '残留', liabilityPursued: '残留' },
      '2026-11-28',
      TODAY,
    );
    expect(built).toEqual({
      ok: true,
      verification: {
        fulfilment: 'fulfilled',
        unfulfilledContent: null,
        liabilityPursued: null,
        falseCommitment: false,
        verifiedOn: '2026-12-01',
      },
    });
    expect(built.ok && Verification.safeParse(built.verification).success).toBe(true);
  });

  it('not kept: 未履行内容 and 违诺责任追究 are required', () => {
    const built = toVerification(
      { ...blankVerification('2026-12-01'), fulfilment: 'partial' },
      '2026-11-28',
      TODAY,
    );
    expect(!built.ok && built.errors).toEqual({
      unfulfilledContent: UNFULFILLED_REQUIRED,
      liabilityPursued: LIABILITY_REQUIRED,
    });
  });

  it('a false commitment needs the details even when marked 全部履行', () => {
    const built = toVerification(
      { ...blankVerification('2026-12-01'), falseCommitment: true },
      '2026-11-28',
      TODAY,
    );
    expect(built.ok).toBe(false);
  });

  it('refuses a verification day before the commitment was made', () => {
    const built = toVerification(blankVerification('2026-11-01'), '2026-11-28', TODAY);
    expect(!built.ok && built.errors).toEqual({ verifiedOn: VERIFIED_BEFORE_MADE });
  });

  it('refuses a verification day after today, before anything is sent', () => {
    const built = toVerification(blankVerification('2026-12-03'), '2026-11-28', TODAY);
    expect(!built.ok && built.errors).toEqual({ verifiedOn: texts.verifiedAfterToday });
    expect(toVerification(blankVerification(TODAY), '2026-11-28', TODAY).ok).toBe(true);
  });
});

describe('verifyErrorOf', () => {
  it('puts the core’s issues under their fields and never quotes the request’s paths', () => {
    const refused = verifyErrorOf({
      code: 'BAD_REQUEST',
      message: '请求内容不正确：verification.liabilityPursued：请填写违诺责任追究情况',
      details: [{ path: ['verification', 'liabilityPursued'], message: LIABILITY_REQUIRED }],
    });
    expect(refused).toEqual({
      errors: { liabilityPursued: LIABILITY_REQUIRED },
      message: texts.checkMarked,
      unplaced: [],
    });
    expect(verifyErrorOf({ code: 'BAD_REQUEST', message: '请求内容不正确：baseVersion：无效' }).message).toBe(
      texts.badRequest,
    );
  });

  it('shows a rule the core names a field for under that field', () => {
    const refused = verifyErrorOf({
      code: 'COMMITMENT_INVALID',
      message: '核查日期不能晚于今天',
      details: { field: 'verifiedOn' },
    });
    expect(refused.errors).toEqual({ verifiedOn: '核查日期不能晚于今天' });
    expect(refused.message).toBe(texts.checkMarked);
    expect(
      verifyErrorOf({ code: 'COMMITMENT_INVALID', message: '该承诺已有更新，请刷新后重新核查' }),
    ).toEqual({
      errors: {},
      message: '该承诺已有更新，请刷新后重新核查',
      unplaced: [],
    });
  });
});

describe('verificationFieldOf', () => {
  it('strips the request wrapper', () => {
    expect(verificationFieldOf('verification.liabilityPursued')).toBe('liabilityPursued');
    expect(verificationFieldOf('baseVersion')).toBeNull();
  });
});
