import { z } from 'zod';
import { PenaltyProcedure, RecordCategory, SubjectKind } from '../domain/subject';
import { Severity } from '../repair/regime-schema';

/** 处罚程序 as the clerk and the import report read it. */
export const PROCEDURE_LABELS: Record<PenaltyProcedure, string> = {
  simple: '简易程序',
  ordinary: '普通程序',
};

/**
 * A field (领域) of credit records: the key the data and the repair rules use (repair-regimes.json
 * domainOverrides), the name people read, and the other names a department's file may give it.
 */
export const RecordDomain = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/u, '领域代码只能由小写字母、数字和连字符组成'),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});
export type RecordDomain = z.infer<typeof RecordDomain>;

/** What a record (and its subject) must be for a rule to apply: every listed field must match; absent = any. */
export const RecordMatch = z.object({
  subjectKinds: z.array(SubjectKind).min(1).optional(),
  categories: z.array(RecordCategory).min(1).optional(),
  procedures: z.array(PenaltyProcedure).min(1).optional(),
  severities: z.array(Severity).min(1).optional(),
});
export type RecordMatch = z.infer<typeof RecordMatch>;

/** Information that the law says is not reported to the sharing platform and is no basis for 联合惩戒. */
export const NotBasisRule = z.object({
  id: z.string().min(1),
  /** The information it covers, as the text names it (适用简易程序对自然人作出的行政处罚信息). */
  label: z.string().min(1),
  when: RecordMatch,
  /**
   * false when the rule also needs a fact the data does not carry (`needs`): never applied by itself, only
   * pointed out (the import warns the reporting department).
   */
  automatic: z.boolean(),
  needs: z.string().min(1).optional(),
  /** What follows for such information (不向同级信用信息共享平台报送，不得作为失信联合惩戒的依据). */
  effect: z.string().min(1),
  /** The provision's words, as seen. */
  quote: z.string().min(1),
  /** The instrument and article. */
  basis: z.string().min(1),
  /** A carve-out the text makes (法律、行政法规另有规定的除外). */
  exception: z.string().min(1).optional(),
  /** false where the article number or wording could not be checked against the official text (see note). */
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type NotBasisRule = z.infer<typeof NotBasisRule>;

/**
 * resources/rules/record-rules.json: the fields (领域) of credit records, and which records are no basis for
 * 失信联合惩戒. Served by the platform through the changes feed like every rule table.
 */
export const RecordRules = z
  .object({
    version: z.string().min(1),
    source: z.string().min(1),
    domains: z.array(RecordDomain),
    notBasis: z.array(NotBasisRule),
  })
  .superRefine((table, context) => {
    const keys = table.domains.map((domain) => domain.key);
    if (new Set(keys).size !== keys.length)
      context.addIssue({ code: 'custom', path: ['domains'], message: '领域代码重复' });
    const names = table.domains.flatMap((domain) => [domain.label, ...domain.aliases]);
    if (new Set(names).size !== names.length)
      context.addIssue({ code: 'custom', path: ['domains'], message: '同一名称不能指向两个领域' });
    table.notBasis.forEach((rule, index) => {
      if (!rule.automatic && rule.needs === undefined)
        context.addIssue({
          code: 'custom',
          path: ['notBasis', index, 'needs'],
          message: '不能自动适用的情形须写明数据中缺少的事实',
        });
    });
    const ids = table.notBasis.map((rule) => rule.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['notBasis'], message: '情形编号重复' });
  });
export type RecordRules = z.infer<typeof RecordRules>;

/** The domain a department's name for a field stands for (its label or an alias, spaces ignored); null if none. */
export function domainByName(rules: RecordRules, name: string): RecordDomain | null {
  const wanted = name.normalize('NFKC').replace(/\s/gu, '');
  return (
    rules.domains.find((domain) =>
      [domain.label, ...domain.aliases].some(
        (entry) => entry.normalize('NFKC').replace(/\s/gu, '') === wanted,
      ),
    ) ?? null
  );
}

/** The name people read for a domain key; the key itself never reaches them, so an unknown key reads 其他领域. */
export const domainLabel = (rules: RecordRules, key: string): string =>
  rules.domains.find((domain) => domain.key === key)?.label ?? '其他领域';
