import type { Commitment } from '../domain/commitment';
import { commitmentTypeLabels, fulfilmentLabels, publicityLabels } from '../domain/workflow-labels';
import { subjectKindLabels } from '../domain/labels';
import { csvText } from '../csv/csv-text';
import { maskCitizenIdsInText } from '../report/mask';
import type { CommitmentExportFieldId, CommitmentPublicationRules } from './publication-rules';

// 信用承诺公示: what of a commitment the public sees and what goes to 信用中国. Pure: the platform's page, its
// JSON and its export all come from here.

type Masking = CommitmentPublicationRules['masking'];

/** Published at all: 公开类型 可向社会公开, and not withdrawn from publication. */
export const isPublished = (commitment: Pick<Commitment, 'publicity'>, withdrawn: boolean): boolean =>
  commitment.publicity === 'public' && !withdrawn;

/** A natural person's commitment (by kind, or by an identifier that is an ID number): masked when published. */
export const isPersonal = (commitment: Pick<Commitment, 'committer' | 'identifierKind'>): boolean =>
  commitment.committer.kind === 'natural-person' || commitment.identifierKind === 'citizen-id';

/** 张三 → 张* (the leading characters the rule shows, then a fixed number of stars: the length stays hidden). */
export function maskName(name: string, masking: Masking): string {
  const chars = Array.from(name.trim());
  return `${chars.slice(0, Math.min(masking.nameVisibleLeading, chars.length - 1)).join('')}${'*'.repeat(masking.nameStars)}`;
}

/** 410402199001011234 → 4101**********1234; too short to hide anything when shown in part: all stars. */
export function maskIdentifierForPublic(identifier: string, masking: Masking): string {
  const chars = Array.from(identifier.trim());
  const shown = masking.identifierVisibleLeading + masking.identifierVisibleTrailing;
  if (chars.length < shown + 8) return '*'.repeat(chars.length);
  const trailing =
    masking.identifierVisibleTrailing === 0 ? [] : chars.slice(-masking.identifierVisibleTrailing);
  return `${chars.slice(0, masking.identifierVisibleLeading).join('')}${'*'.repeat(chars.length - shown)}${trailing.join('')}`;
}

/**
 * Free text as published: any citizen ID number in it masked; for a natural person, their own name and
 * identifier wherever the text quotes them.
 */
function publicText(text: string, commitment: Commitment, masking: Masking): string {
  let out = text;
  if (isPersonal(commitment)) {
    const { name, identifier } = commitment.committer;
    if (identifier.trim() !== '')
      out = out.split(identifier.trim()).join(maskIdentifierForPublic(identifier, masking));
    if (Array.from(name.trim()).length >= 2) out = out.split(name.trim()).join(maskName(name, masking));
  }
  return maskCitizenIdsInText(out);
}

/** 承诺履行状态 in words: 尚未核查 before verification; a false commitment says so. */
export function fulfilmentText(commitment: Commitment): string {
  const verification = commitment.verification;
  if (verification === null) return '尚未核查';
  const label = fulfilmentLabels[verification.fulfilment];
  return verification.falseCommitment ? `${label}（经核查为虚假承诺）` : label;
}

/** One commitment as the public page and its JSON show it (every value a display string, masked). */
export type PublicCommitment = {
  code: string;
  committerName: string;
  committerKind: string;
  committerIdentifier: string;
  type: string;
  reason: string;
  content: string;
  liability: string;
  madeOn: string;
  validUntil: string;
  fulfilment: string;
  unfulfilledContent: string;
  liabilityPursued: string;
  verifiedOn: string;
  recognisingUnit: string;
  acceptingUnit: string;
};

export function publicCommitment(
  commitment: Commitment,
  rules: CommitmentPublicationRules,
): PublicCommitment {
  const { masking } = rules;
  const personal = isPersonal(commitment);
  const text = (value: string | null | undefined): string =>
    value === null || value === undefined ? '' : publicText(value, commitment, masking);
  const verification = commitment.verification;
  return {
    code: commitment.code,
    committerName: personal ? maskName(commitment.committer.name, masking) : text(commitment.committer.name),
    committerKind: subjectKindLabels[commitment.committer.kind],
    committerIdentifier: personal
      ? maskIdentifierForPublic(commitment.committer.identifier, masking)
      : commitment.committer.identifier,
    type: commitmentTypeLabels[commitment.type],
    reason: text(commitment.reason),
    content: text(commitment.content),
    liability: text(commitment.liability),
    madeOn: commitment.madeOn,
    validUntil: commitment.validUntil ?? '长期',
    fulfilment: fulfilmentText(commitment),
    unfulfilledContent: text(verification?.unfulfilledContent),
    liabilityPursued: text(verification?.liabilityPursued),
    verifiedOn: verification?.verifiedOn ?? '',
    recognisingUnit: commitment.recognisingUnit.name,
    acceptingUnit: commitment.acceptingUnit.name,
  };
}

/** One cell of the export, by field; a natural person masked only if the rule says the export masks too. */
function exportCell(
  field: CommitmentExportFieldId,
  commitment: Commitment,
  rules: CommitmentPublicationRules,
): string {
  const masked = rules.masking.maskInExport && isPersonal(commitment);
  const verification = commitment.verification;
  const cells: Record<CommitmentExportFieldId, () => string> = {
    code: () => commitment.code,
    committerName: () =>
      masked ? maskName(commitment.committer.name, rules.masking) : commitment.committer.name,
    committerKind: () => rules.committerKindValues[commitment.committer.kind],
    committerIdentifier: () =>
      masked
        ? maskIdentifierForPublic(commitment.committer.identifier, rules.masking)
        : commitment.committer.identifier,
    type: () => commitmentTypeLabels[commitment.type],
    reason: () => commitment.reason,
    content: () => commitment.content,
    liability: () => commitment.liability,
    madeOn: () => commitment.madeOn,
    validUntil: () => commitment.validUntil ?? '',
    fulfilment: () => (verification === null ? '' : fulfilmentLabels[verification.fulfilment]),
    unfulfilledContent: () => verification?.unfulfilledContent ?? '',
    liabilityPursued: () => verification?.liabilityPursued ?? '',
    verifiedOn: () => verification?.verifiedOn ?? '',
    recognisingUnitName: () => commitment.recognisingUnit.name,
    recognisingUnitCode: () => commitment.recognisingUnit.code,
    acceptingUnitName: () => commitment.acceptingUnit.name,
    acceptingUnitCode: () => commitment.acceptingUnit.code,
    publicity: () => publicityLabels[commitment.publicity],
    remark: () =>
      verification === null ? '尚未核查' : verification.falseCommitment ? '经核查为虚假承诺' : '',
  };
  const cell = cells[field]();
  return masked ? maskCitizenIdsInText(cell) : cell;
}

/** The export for 信用中国: the header and the rows in the standard's order (the rule table's), as CSV. */
export function commitmentExportCsv(
  commitments: readonly Commitment[],
  rules: CommitmentPublicationRules,
): string {
  return csvText(
    rules.exportFields.map((entry) => entry.header),
    commitments.map((commitment) =>
      rules.exportFields.map((entry) => exportCell(entry.field, commitment, rules)),
    ),
  );
}
