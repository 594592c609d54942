/** Why a city cannot be generated: a stable code for programs, a Chinese message for the operator. */
export type GenerateErrorCode = 'invalid-scale' | 'invalid-seed' | 'no-list-types' | 'too-many-subjects';

export class GenerateError extends Error {
  readonly code: GenerateErrorCode;

  constructor(code: GenerateErrorCode, message: string) {
    super(message);
    this.name = 'GenerateError';
    this.code = code;
  }
}
