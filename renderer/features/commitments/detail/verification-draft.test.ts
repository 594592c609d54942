import {
  LIABILITY_REQUIRED,
  UNFULFILLED_REQUIRED,
  VERIFIED_BEFORE_MADE,
} from '../../../../shared/commitment/validation';
import { describe, expect, it } from 'vitest';
import { Verification } from '../../../../shared/domain/commitment';
import { detailTexts } from '../texts';
import { blankVerification, toVerification, verificationFieldOf } from './verification-draft';

const texts = detailTexts.verify;

describe('toVerification', () => {
  it('a kept commitment needs no details, and sends none', () => {
    const built = toVerification(
      { ...blankVerification('2026-12-01'), unfulfilledContent: '残留', liabilityPursued: '残留' },
      '2026-11-28',
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
    const built = toVerification({ ...blankVerification('2026-12-01'), fulfilment: 'partial' }, '2026-11-28');
    expect(!built.ok && built.errors).toEqual({
      unfulfilledContent: UNFULFILLED_REQUIRED,
      liabilityPursued: LIABILITY_REQUIRED,
    });
  });

  it('a false commitment needs the details even when marked 全部履行', () => {
    const built = toVerification({ ...blankVerification('2026-12-01'), falseCommitment: true }, '2026-11-28');
    expect(built.ok).toBe(false);
  });

  it('refuses a verification day before the commitment was made', () => {
    const built = toVerification(blankVerification('2026-11-01'), '2026-11-28');
    expect(!built.ok && built.errors).toEqual({ verifiedOn: VERIFIED_BEFORE_MADE });
  });
});

describe('verificationFieldOf', () => {
  it('strips the request wrapper', () => {
    expect(verificationFieldOf('verification.liabilityPursued')).toBe('liabilityPursued');
    expect(verificationFieldOf('baseVersion')).toBeNull();
  });
});
