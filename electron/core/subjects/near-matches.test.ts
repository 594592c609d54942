import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orgCodeCheckChar, usccCheckChar } from '../../../shared/identifiers/check-chars';
import { makeCitizenId, makeSubject, seedRegistry } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { nearMatches } from './near-matches';

// The demo data set (resources/demo/README.md): demo-s-0001 is on the 政府采购严重违法失信 list.
const BLACKLISTED = '91410402613341561G';
const LEGACY = '91410402027710088G'; // demo-s-0013, fails its 18th character only

const replaceAt = (value: string, position: number, char: string): string =>
  `${value.slice(0, position - 1)}${char}${value.slice(position)}`;
/** A valid USCC with these 8 leading characters around an organisation code of 9 characters. */
const withPrefix = (prefix8: string, org9: string): string => {
  const first17 = `${prefix8}${org9}`;
  return `${first17}${usccCheckChar(first17) ?? '?'}`;
};

let core: ReturnType<typeof openTempCore>;
afterEach(() => core.dispose());

describe('nearMatches on the demo data', () => {
  beforeEach(() => {
    core = openTempCore();
  });
  const ids = (value: string, kind: 'uscc' | 'citizen-id' | 'unknown' = 'uscc'): string[] =>
    nearMatches(core.db, value, kind).map((item) => item.id);

  it.each([
    ['the 3rd character', replaceAt(BLACKLISTED, 3, '3')],
    ['the 8th character (region)', replaceAt(BLACKLISTED, 8, '3')],
    ['the 12th character (organisation code)', replaceAt(BLACKLISTED, 12, '8')],
    ['the 17th character (organisation-code check)', replaceAt(BLACKLISTED, 17, '3')],
    ['the 18th character', replaceAt(BLACKLISTED, 18, 'H')],
  ])('finds the blacklisted company behind a typo in %s', (_label, typo) => {
    expect(ids(typo)[0]).toBe('demo-s-0001');
  });

  it('finds it behind an adjacent transposition', () => {
    expect(ids('91410402613431561G')[0]).toBe('demo-s-0001');
  });

  it('finds it behind another code with the same organisation code (9–17)', () => {
    const sameOrg = withPrefix('92410411', BLACKLISTED.slice(8, 17));
    expect(ids(sameOrg)).toEqual(['demo-s-0001']);
    // Not for a string read as an ID number: its 9–17 are a birth date and a sequence number.
    expect(ids(sameOrg, 'citizen-id')).toEqual([]);
  });

  it('puts a legacy code the registry holds first, as itself', () => {
    expect(ids(LEGACY)[0]).toBe('demo-s-0013');
  });

  it('returns a masked summary, never a full ID number', () => {
    const person = '410425196906028054'; // demo-s-0010
    const [match] = nearMatches(core.db, replaceAt(person, 16, '9'), 'citizen-id');
    expect(match).toMatchObject({ id: 'demo-s-0010', identifierMasked: '410425********8054' });
    expect(JSON.stringify(match)).not.toContain(person);
  });

  it('finds nothing for an unrelated code or a string of another length', () => {
    expect(ids('91410411MA9N8K2PXW')).toEqual([]);
    expect(ids(BLACKLISTED.slice(0, 17))).toEqual([]);
  });
});

describe('nearMatches ranking', () => {
  const org9 = (body8: string): string => `${body8}${orgCodeCheckChar(body8) ?? '?'}`;
  const ORG = org9('MA44TEKT');
  const typed = withPrefix('91410400', ORG);
  // One edit, same organisation code: a typo in the region.
  const regionTypo = withPrefix('91410403', ORG).slice(0, 17) + typed.charAt(17);
  const sameOrgOnly = Array.from({ length: 8 }, (_, n) => withPrefix(`9241042${n}`, ORG));
  const oneEditOtherOrg = replaceAt(typed, 12, typed.charAt(11) === '4' ? '5' : '4');

  beforeEach(() => {
    core = openTempCore({ withDemo: false });
    seedRegistry(core.db, {
      subjects: [
        makeSubject('exact', '平顶山市鹰城建筑工程有限公司', typed),
        makeSubject('region-typo', '平顶山市卫东建筑工程有限公司', regionTypo),
        makeSubject('other-org', '平顶山市湛河商贸有限公司', oneEditOtherOrg),
        ...sameOrgOnly.map((code, n) => makeSubject(`same-org-${n}`, `叶县鹰城农资经营部${n}`, code)),
        makeSubject('person', '李红梅', makeCitizenId('410402', '19800512', '123'), {
          identifierKind: 'citizen-id',
          kind: 'natural-person',
        }),
      ],
    });
  });

  it('ranks the code itself, then one edit with the same organisation code, one edit, same organisation code', () => {
    const found = nearMatches(core.db, typed, 'uscc').map((item) => item.id);
    expect(found).toEqual(['exact', 'region-typo', 'other-org', 'same-org-0', 'same-org-1']);
  });

  it('caps the list at five, and at any smaller limit asked for', () => {
    expect(nearMatches(core.db, typed, 'uscc')).toHaveLength(5);
    expect(nearMatches(core.db, typed, 'uscc', 2).map((item) => item.id)).toEqual(['exact', 'region-typo']);
  });
});
