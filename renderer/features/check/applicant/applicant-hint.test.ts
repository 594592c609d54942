import { describe, expect, it } from 'vitest';
import { applicantHint } from './applicant-hint';

// From resources/demo: a valid USCC; the same with a wrong check character.
const USCC = '91410411789188062K';
const BAD_CHECK = '91410411789188062A';

describe('applicantHint', () => {
  it('counts characters while a code is still being typed instead of calling it an error', () => {
    expect(applicantHint('91410').tone).toBe('neutral');
    expect(applicantHint(USCC).tone).toBe('ok');
    expect(applicantHint(BAD_CHECK).tone).toBe('error');
  });
});
