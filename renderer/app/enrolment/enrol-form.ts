import { EnrolRequest } from '../../../shared/domain/sync';

export type EnrolDraft = { code: string; deviceName: string };
export type EnrolErrors = Partial<Record<keyof EnrolDraft, string>>;
type Parsed = { ok: true; value: EnrolDraft } | { ok: false; errors: EnrolErrors };

const isField = (key: PropertyKey | undefined): key is keyof EnrolDraft =>
  key === 'code' || key === 'deviceName';

/** The contract's own schema and messages, checked before the round trip so errors sit under their fields. */
export const parseEnrolDraft = (draft: EnrolDraft): Parsed => {
  const parsed = EnrolRequest.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: EnrolErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
};
