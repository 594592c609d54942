import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Catalogue, ListType, Matter, MatterCategory, Measure } from '../shared/domain/catalogue';
import { SubjectGrade } from '../shared/domain/grade';
import { CreditRecord, ListEntry, Subject } from '../shared/domain/subject';

/** The data files shipped in resources/: catalogues, rules and the demo data set, validated on load. */
const readJson = <T extends z.ZodType>(file: string, schema: T): z.output<T> => {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not match its schema: ${parsed.error.message}`);
  return parsed.data;
};

export function loadCatalogue(resourcesDir: string): Catalogue {
  const dir = join(resourcesDir, 'catalogue');
  return Catalogue.parse({
    listTypes: readJson(join(dir, 'list-types.json'), z.array(ListType)),
    matterCategories: readJson(join(dir, 'matter-categories.json'), z.array(MatterCategory)),
    matters: readJson(join(dir, 'matters.json'), z.array(Matter)),
    measures: readJson(join(dir, 'measures.json'), z.array(Measure)),
  });
}

export const DemoData = z.object({
  notice: z.string(),
  subjects: z.array(Subject),
  listEntries: z.array(ListEntry),
  records: z.array(CreditRecord),
  /** Grade results of the demo subjects, under the schemes of resources/rules/grade-policy.json. */
  grades: z.array(SubjectGrade),
});
export type DemoData = z.infer<typeof DemoData>;

export const loadDemoData = (resourcesDir: string): DemoData =>
  readJson(join(resourcesDir, 'demo', 'demo-data.json'), DemoData);
