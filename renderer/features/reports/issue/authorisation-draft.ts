import type {
  AuthorisationDocument,
  AuthorisationGiven,
  AuthorisationMethod,
} from '../../../../shared/domain/report';

/** The 授权 part of the issue form, as typed so far. */
export type AuthorisationDraft = {
  method: AuthorisationMethod;
  personName: string;
  idCardChecked: boolean;
  document: AuthorisationDocument | null;
  signedOn: string;
};

export const emptyAuthorisation: AuthorisationDraft = {
  method: 'in-person',
  personName: '',
  idCardChecked: false,
  document: null,
  signedOn: '',
};

/**
 * What the form sends, or null while the chosen way is incomplete (the submit button waits for it). The core
 * checks the rest: the name against the subject, the file against the store, the date against today.
 */
export function authorisationOf(draft: AuthorisationDraft): AuthorisationGiven | null {
  if (draft.method === 'in-person')
    return draft.personName.trim() !== '' && draft.idCardChecked
      ? { method: 'in-person', personName: draft.personName.trim(), idCardChecked: true }
      : null;
  return draft.document !== null && /^\d{4}-\d{2}-\d{2}$/.test(draft.signedOn)
    ? { method: 'document', document: draft.document, signedOn: draft.signedOn }
    : null;
}
