import { describe, expect, it } from 'vitest';
import { classifyApplicant, extractScannedIdentifier } from './classify';

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

  it('leaves an 18-character code failing its checks to the core, which offers the override or refuses', () => {
    expect(classifyApplicant(BAD_CHECK)).toEqual({ kind: 'ask', raw: BAD_CHECK, value: BAD_CHECK });
    // Its organisation code broken (12th character): still the core's to refuse, with its 是否为 suggestions.
    const orgTypo = '91410411789688062K';
    expect(classifyApplicant(orgTypo).kind).toBe('ask');
    expect(classifyApplicant('91410400MA44TEKIO0').kind).toBe('ask');
  });

  it('searches by name when the input holds Chinese characters', () => {
    expect(classifyApplicant(' 麓璟 ')).toEqual({ kind: 'search', query: '麓璟' });
  });

  it('rejects input of another length here, with the identifier message', () => {
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
