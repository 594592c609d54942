import type { Attachment, AttachmentKind, RepairCandidate } from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';
import {
  blankApplication,
  type ApplicationDraft,
  type CommitmentFields,
  type DraftErrors,
} from './repair-draft';

/** A refused submission; `openId` is the application already open against the record (REPAIR_ALREADY_OPEN). */
export type SubmitError = { code: string; message: string; openId: string | null };

/** What the check result hands over: the subject as it was found, and the record to repair. */
export type RepairIntent = {
  subjectId: string;
  /** The full identifier (the check result has it; a name search shows only the masked one). */
  identifier: string | null;
  targetId: string;
  /** 办件编号 of the check the clerk came from: the 承诺书 carries it. */
  caseNumber: string | null;
};

/** A new application asked for: blank (新建修复申请), or from a check result (申请信用修复). */
export type RepairStart = { intent: RepairIntent | null };

export type NewRepairState = {
  open: boolean;
  /** The clerk has changed the application since it started (blank, or as the check result filled it in). */
  dirty: boolean;
  /** A new application that would replace this changed one, waiting for 放弃并新建 or 继续填写. */
  pendingStart: RepairStart | null;
  /** 取消 was asked for while the application holds the clerk's input, waiting for 放弃 or 继续填写. */
  cancelling: boolean;
  step: number;
  query: string;
  searching: boolean;
  results: { query: string; items: SubjectSummary[]; active: number; more: boolean } | null;
  searchError: string | null;
  subject: SubjectSummary | null;
  knownIdentifier: string | null;
  /** 办件编号 of the check the application was started from (申请信用修复), for the 承诺书. */
  checkCaseNumber: string | null;
  candidates: RepairCandidate[] | null;
  candidatesError: string | null;
  targetKey: string | null;
  application: ApplicationDraft;
  attachments: Attachment[];
  reading: number;
  fileNotices: string[];
  commitment: CommitmentFields | null;
  errors: DraftErrors;
  submitting: boolean;
  submitError: SubmitError | null;
  /** 新建修复申请; asks first (pendingStart) when it would replace the clerk's input. */
  start: () => void;
  /** 申请信用修复 from a check result; asks first like start. */
  startFrom: (intent: RepairIntent) => void;
  /** 放弃并新建: the waiting start replaces the draft. */
  discardDraft: () => void;
  /** 继续填写: the draft stays, the waiting start (or 取消) is dropped. */
  keepDraft: () => void;
  /** 取消: closes the wizard, asking first (cancelling) when that would throw the clerk's input away. */
  cancel: () => void;
  /** The wizard closes and its draft is dropped (取消 confirmed, or nothing to lose). */
  close: () => void;
  setQuery: (query: string) => void;
  search: () => Promise<void>;
  moveActive: (delta: number) => void;
  pickSubject: (subject: SubjectSummary) => Promise<void>;
  selectTarget: (key: string) => void;
  goTo: (step: number) => void;
  next: () => void;
  setApplication: (patch: Partial<ApplicationDraft>) => void;
  setCommitment: (patch: Partial<CommitmentFields>) => void;
  addFiles: (files: readonly File[]) => Promise<void>;
  removeAttachment: (sha256: string) => void;
  setAttachmentKind: (sha256: string, kind: AttachmentKind) => void;
  submit: (accept: boolean) => Promise<void>;
};

export const candidateKey = (candidate: RepairCandidate): string =>
  `${candidate.targetTable}:${candidate.targetId}`;

export const isSelectable = (candidate: RepairCandidate): boolean =>
  candidate.eligibility.eligible && candidate.openApplicationId === null;

export const blank = {
  step: 0,
  query: '',
  searching: false,
  results: null,
  searchError: null,
  subject: null,
  knownIdentifier: null,
  checkCaseNumber: null,
  candidates: null,
  candidatesError: null,
  targetKey: null,
  application: blankApplication('stop-publication'),
  attachments: [],
  reading: 0,
  fileNotices: [],
  commitment: null,
  errors: {},
  submitting: false,
  submitError: null,
} satisfies Partial<NewRepairState>;

/** What the clerk can put into an application; the rest of the state is how the wizard shows it. */
export type RepairDraftSnapshot = Pick<
  NewRepairState,
  'query' | 'targetKey' | 'application' | 'attachments' | 'commitment'
> & { subjectId: string | null };

export const repairDraftSnapshot = (
  state: Pick<
    NewRepairState,
    'query' | 'subject' | 'targetKey' | 'application' | 'attachments' | 'commitment'
  >,
): RepairDraftSnapshot => ({
  query: state.query,
  subjectId: state.subject?.id ?? null,
  targetKey: state.targetKey,
  application: state.application,
  attachments: state.attachments,
  commitment: state.commitment,
});
