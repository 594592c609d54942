import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { AuthorisationGiven, ReportIssueRequest } from '../../../../shared/domain/report';

/** The issue form: the contract's ReportIssueRequest, 授权 included. */
export type IssueFormApi = UseFormReturn<
  z.input<typeof ReportIssueRequest>,
  unknown,
  z.output<typeof ReportIssueRequest>
>;

/** The fields a refusal of the core can be placed at. */
export const issueFields = [
  'purpose',
  'caseNumber',
  'authorisation.personName',
  'authorisation.idCardChecked',
  'authorisation.document',
  'authorisation.signedOn',
] as const;

/** The 授权 as typed so far is what the contract accepts (the submit button waits for it). */
export const authorisationComplete = (value: unknown): boolean => AuthorisationGiven.safeParse(value).success;
