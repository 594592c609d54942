import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InspectionOutcomes } from '../../../shared/inspection/outcomes';

/**
 * resources/rules/inspection-outcomes.json, bundled and read once at start (like dashboard-rules.json): a broken
 * release fails at start instead of at the first result.
 */
export function loadInspectionOutcomes(resourcesDir: string): InspectionOutcomes {
  const file = join(resourcesDir, 'rules', 'inspection-outcomes.json');
  const parsed = InspectionOutcomes.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}
