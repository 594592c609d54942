import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * A MUI TextField's props for one field of a contract form: registered (react-hook-form's ref as the input's
 * ref), marked invalid with its Chinese message below it, else the field's hint.
 */
export function textFieldProps<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  name: FieldPath<Values>,
  options: { hint?: string; valueAsNumber?: boolean } = {},
) {
  const { ref, ...rest } = form.register(
    name,
    options.valueAsNumber === true ? { valueAsNumber: true } : undefined,
  );
  const message = form.getFieldState(name, form.formState).error?.message;
  return { ...rest, inputRef: ref, error: message !== undefined, helperText: message ?? options.hint };
}
