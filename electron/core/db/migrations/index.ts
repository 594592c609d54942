import type { Migration } from '../../../../node-shared/db/migrate';
import { registryAndCatalogue } from './0001-registry-and-catalogue';
import { checksFeedbackAudit } from './0002-checks-feedback-audit';
import { subjectNameSearch } from './0003-subject-name-search';
import { subjectNameIndex } from './0004-subject-name-index';
import { outboxAndSync } from './0005-outbox-and-sync';
import { commitmentsAndRepairs } from './0006-commitments-and-repairs';
import { auditChain } from './0007-audit-chain';
import { credentials } from './0008-credentials';
import { creditReports } from './0009-credit-reports';
import { inspectionDraws } from './0010-inspection-draws';
import { dashboardIndexes } from './0011-dashboard-indexes';
import { checkRules } from './0012-check-rules';
import { subjectOrgPartIndex } from './0013-subject-org-part-index';
import { inspectionResults } from './0014-inspection-results';
import { gradesAndReportAuthorisation } from './0015-grades-and-report-authorisation';
import { recordProcedure } from './0016-record-procedure';
import { entryUsers } from './0017-entry-users';
import { objections } from './0018-objections';
import { feedbackDeliveries } from './0019-feedback-deliveries';
import { subjectNameBigrams } from './0020-subject-name-bigrams';
import { subjectBigramCommon } from './0021-subject-bigram-common';

/** Append-only: a released migration is never edited; add the next number at the end. */
export const migrations: readonly Migration[] = [
  registryAndCatalogue,
  checksFeedbackAudit,
  subjectNameSearch,
  subjectNameIndex,
  outboxAndSync,
  commitmentsAndRepairs,
  auditChain,
  credentials,
  creditReports,
  inspectionDraws,
  dashboardIndexes,
  checkRules,
  subjectOrgPartIndex,
  inspectionResults,
  gradesAndReportAuthorisation,
  recordProcedure,
  entryUsers,
  objections,
  feedbackDeliveries,
  subjectNameBigrams,
  subjectBigramCommon,
];
