import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { requestErrorMap } from '../../../shared/contract/request-messages';

/**
 * A form validated by the contract's own schema (the one the core checks the request against), through
 * react-hook-form and the zod resolver: a field's message is the schema's Chinese wording, or the contract's
 * Chinese for zod's own issues (requestErrorMap), shown at the field once it has been left.
 */
export function useContractForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema, { error: requestErrorMap }),
    defaultValues,
    mode: 'onTouched',
  });
}
