import { parseIdentifier } from '../../../../shared/identifiers';
import { checkTexts } from '../texts';
import { containsCjk, extractScannedIdentifier } from '../../../app/check/classify';

export type ApplicantHint = { tone: 'neutral' | 'ok' | 'error'; lines: string[] };

/** The live line under the applicant field while the clerk types or the scanner sends characters. */
export const applicantHint = (raw: string): ApplicantHint => {
  const texts = checkTexts.applicant;
  if (raw.trim() === '') return { tone: 'neutral', lines: [texts.idle] };
  if (containsCjk(raw)) return { tone: 'neutral', lines: [texts.nameSearch] };
  const parsed = parseIdentifier(extractScannedIdentifier(raw));
  if (parsed.ok) {
    return {
      tone: 'ok',
      lines: [
        texts.recognised(texts.kind[parsed.kind]),
        ...parsed.warnings.map((warning) => warning.message),
      ],
    };
  }
  // While a code is still being typed, "wrong length" is not an error yet: count the characters instead.
  const length = Array.from(parsed.value).length;
  if (parsed.code === 'length' && length < 18 && /^[0-9A-Z]*$/.test(parsed.value)) {
    return { tone: 'neutral', lines: [texts.typing(length)] };
  }
  return { tone: 'error', lines: [parsed.message] };
};
