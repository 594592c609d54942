import { describe, expect, it } from 'vitest';
import { authorisationOf, emptyAuthorisation } from './authorisation-draft';

describe('authorisationOf', () => {
  it('waits for the name and the confirmed ID card of the person present', () => {
    expect(authorisationOf(emptyAuthorisation)).toBeNull();
    expect(authorisationOf({ ...emptyAuthorisation, personName: '冯志亚' })).toBeNull();
    expect(authorisationOf({ ...emptyAuthorisation, personName: '  ', idCardChecked: true })).toBeNull();
    expect(authorisationOf({ ...emptyAuthorisation, personName: ' 冯志亚 ', idCardChecked: true })).toEqual({
      method: 'in-person',
      personName: '冯志亚',
      idCardChecked: true,
    });
  });

  it('waits for the signed file and its date', () => {
    const document = { sha256: 'a'.repeat(64), name: '授权书.pdf', size: 1024 };
    const byDocument = { ...emptyAuthorisation, method: 'document' as const };
    expect(authorisationOf({ ...byDocument, signedOn: '2026-11-20' })).toBeNull();
    expect(authorisationOf({ ...byDocument, document })).toBeNull();
    expect(authorisationOf({ ...byDocument, document, signedOn: '2026-11-20' })).toEqual({
      method: 'document',
      document,
      signedOn: '2026-11-20',
    });
  });
});
