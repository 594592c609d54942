// The rest of the subjects, after the notable ones.
import type { Subject } from '../../shared/domain/subject.ts';
import { subjects } from './data-set.ts';
import {
  PUBLIC_INSTITUTIONS,
  SOCIAL_ORGS,
  addCompany,
  addInstitution,
  addPerson,
  addShop,
  addSocialOrg,
} from './subjects.ts';

const legalPersonTarget = 150;
const DEREGISTERED_AT = new Set([9, 27, 45, 63, 81]);
const REVOKED_AT = new Set([36, 72]);

export function addOtherSubjects(): void {
  // Fill up to ~150 legal persons: enterprises, public institutions (12…) and social organisations (52…).
  for (const name of PUBLIC_INSTITUTIONS) addInstitution(name);
  for (const kind of SOCIAL_ORGS) addSocialOrg(kind);
  for (let i = 0; subjects.filter((s) => s.kind === 'legal-person').length < legalPersonTarget; i += 1) {
    const status: Subject['status'] = DEREGISTERED_AT.has(i)
      ? 'deregistered'
      : REVOKED_AT.has(i)
        ? 'revoked'
        : 'active';
    addCompany({
      status,
      riskClass: status === 'active' ? undefined : null,
      registeredTo: status === 'active' ? '2025-12-31' : '2018-12-31',
    });
  }
  // Individual businesses (~35) and natural persons (~15).
  while (subjects.filter((s) => s.kind === 'individual-business').length < 35) {
    const n = subjects.filter((s) => s.kind === 'individual-business').length;
    addShop({ status: n === 20 || n === 27 ? 'deregistered' : n === 31 ? 'revoked' : 'active' });
  }
  while (subjects.filter((s) => s.kind === 'natural-person').length < 15) addPerson();
}
