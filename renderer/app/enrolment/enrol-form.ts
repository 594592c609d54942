import type { EnrolRequest } from '../../../shared/domain/sync';

/** What the enrolment form sends (sync:enrol, or auth:enrol on the sign-in screen): the contract's request. */
export type EnrolDraft = EnrolRequest;
