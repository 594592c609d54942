import type { Migration } from '../../../node-shared/db/migrate';
import { syncedTables } from './0001-synced-tables';
import { devicesAndUsers } from './0002-devices-and-users';
import { receivedEvidence } from './0003-received-evidence';
import { mutationFingerprint } from './0004-mutation-fingerprint';
import { commitmentsAndRepairs } from './0005-commitments-and-repairs';
import { reportRegistry } from './0006-report-registry';
import { auditChainHeads } from './0007-audit-chain-heads';
import { inspectionDraws } from './0008-inspection-draws';
import { checkRules } from './0009-check-rules';
import { inspectionResults } from './0010-inspection-results';
import { gradesAndReportAuthorisation } from './0011-grades-and-report-authorisation';
import { recordProcedure } from './0012-record-procedure';
import { workflowAuthorisation } from './0013-workflow-authorisation';
import { platformHardening } from './0014-platform-hardening';
import { deviceRevocation } from './0015-device-revocation';
import { auditChainBreaks } from './0016-audit-chain-breaks';
import { objections } from './0017-objections';

/** Append-only, as the client's: a released migration is never edited; add the next number at the end. */
export const platformMigrations: readonly Migration[] = [
  syncedTables,
  devicesAndUsers,
  receivedEvidence,
  mutationFingerprint,
  commitmentsAndRepairs,
  reportRegistry,
  auditChainHeads,
  inspectionDraws,
  checkRules,
  inspectionResults,
  gradesAndReportAuthorisation,
  recordProcedure,
  workflowAuthorisation,
  platformHardening,
  deviceRevocation,
  auditChainBreaks,
  objections,
];
