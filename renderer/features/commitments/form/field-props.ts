/** error + helperText of a TextField: the error when there is one, else the hint. */
export const fieldProps = (
  error: string | undefined,
  hint?: string,
): { error: boolean; helperText: string | undefined } => ({
  error: error !== undefined,
  helperText: error ?? hint,
});
