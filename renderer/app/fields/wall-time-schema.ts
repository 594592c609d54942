import { z } from 'zod';
import { isoDateTime } from '../../../shared/domain/catalogue';
import { boundsProblem, wallToIso, type Bounds } from './beijing-time';

/**
 * A date-time field of a contract form: it holds the Beijing wall time 'YYYY-MM-DD HH:mm' the clerk sees, is
 * checked against its bounds (asked for when the form is checked, as "now" moves) and becomes the contract's ISO
 * instant with +08:00. The one place a form's wall time turns into the request's time.
 */
export const wallTimeField = (required: string, bounds: () => Bounds) =>
  z
    .string()
    .superRefine((wall, context) => {
      const problem = wall === '' ? required : boundsProblem(wall, 'wall', bounds());
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    })
    // Reached only for a valid wall time (a refused one stops the pipe above).
    .transform((wall) => wallToIso(wall) ?? wall)
    .pipe(isoDateTime);
