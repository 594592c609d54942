import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/** A MUI TextField's props for one field of a contract form: registered, with its Chinese message below it. */
export function fieldProps<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  name: FieldPath<Values>,
) {
  const { ref, ...rest } = form.register(name);
  const message = form.getFieldState(name, form.formState).error?.message;
  return { ...rest, inputRef: ref, error: message !== undefined, helperText: message };
}
