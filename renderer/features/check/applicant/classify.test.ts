import { describe, expect, it } from 'vitest';
import { classifyApplicant, extractScannedIdentifier } from './classify';
import { applicantHint } from './applicant-hint';

// From resources/demo: a valid USCC and a valid citizen ID; the USCC with a wrong check character.
const USCC = '91410411789188062K';
const CITIZEN = '410425196906028054';
const BAD_CHECK = '91410411789188062A';

describe('classifyApplicant', () => {
  it('runs a valid code, whatever its spacing or case', () => {
    expect(classifyApplicant(USCC)).toEqual({ kind: 'run', raw: USCC });
    expect(classifyApplicant(` ${CITIZEN} `)).toEqual({ kind: 'run', raw: ` ${CITIZEN} ` });
    expect(classifyApplicant('914104117891 88062k').kind).toBe('run');
  });

  it('asks for an override on a USCC failing only its check', () => {
    const intent = classifyApplicant(BAD_CHECK);
    expect(intent.kind).toBe('override');
    if (intent.kind === 'override') expect(intent.value).toBe(BAD_CHECK);
  });

  it('searches by name when the input holds Chinese characters', () => {
    expect(classifyApplicant(' 麓璟 ')).toEqual({ kind: 'search', query: '麓璟' });
  });

  it('rejects anything else with the identifier message', () => {
    const intent = classifyApplicant('12345');
    expect(intent.kind).toBe('invalid');
    if (intent.kind === 'invalid') expect(intent.message).toContain('18位');
  });
});

describe('extractScannedIdentifier', () => {
  it('takes the one valid code out of a scanned link', () => {
    expect(extractScannedIdentifier(`https://www.gsxt.gov.cn/x?uniscid=${USCC}&t=1`)).toBe(USCC);
  });

  it('leaves plain input alone', () => {
    expect(extractScannedIdentifier(USCC)).toBe(USCC);
    expect(extractScannedIdentifier('平顶山市某某有限公司')).toBe('平顶山市某某有限公司');
  });
});

describe('applicantHint', () => {
  it('counts characters while a code is still being typed instead of calling it an error', () => {
    expect(applicantHint('91410').tone).toBe('neutral');
    expect(applicantHint(USCC).tone).toBe('ok');
    expect(applicantHint(BAD_CHECK).tone).toBe('error');
  });
});
