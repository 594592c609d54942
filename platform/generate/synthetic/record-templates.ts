// What the templates of synthetic records are made of: the departments that decide them (as 平顶山's departments
// publish them, 双公示), and who a template fits. Licences are in licences.ts, penalties in penalties.ts. Document
// prefixes are synthetic; platform/import/examples use prefixes not listed here so the two never collide.
import type { Region } from './regions';

/** The sector a subject works in, which picks the licences and penalties the city gives it. */
export type Sector = 'trade' | 'construction' | 'food' | 'transport' | 'industry' | 'services' | 'health';
/** A sector, or 'persons': the sector of natural persons. */
export type SectorKey = Sector | 'persons';

/** Stands, in a template, for the market regulator of the subject's own district. */
export const COUNTY = 'county';
/** A department's name, or COUNTY. */
export type Department = string;

export const CITY_MSA = '平顶山市市场监督管理局';
export const TAX_BUREAU = '国家税务总局平顶山市税务局';
export const PUBLIC_CREDIT_EVALUATOR = '国家公共信用信息中心';

export type LicenceTemplate = {
  title: string;
  department: Department;
  prefix: string;
  certificate: string;
  /** The sectors the city draws it for ([]: given only by name, as the demo data set's industries do). */
  sectors: readonly SectorKey[];
};

export type Penalty = {
  act: string;
  law: string;
  department: Department;
  prefix: string;
  sanctions: readonly string[];
  /** 领域: a key of resources/rules/record-rules.json (some carry their own repair periods). */
  domain: string;
};
export type PenaltyTemplate = Penalty & {
  /** The sectors the city draws it for ([]: given only by name, as the demo data set's industries do). */
  sectors: readonly SectorKey[];
};

/** The deciding department of a template for a subject of the region. */
export const departmentOf = (template: { department: Department }, region: Region): string =>
  template.department === COUNTY ? region.marketRegulator : template.department;

/** The document-number prefix; a county department's starts with its region's abbreviation (叶市监罚). */
export const prefixOf = (template: { department: Department; prefix: string }, region: Region): string =>
  template.department === COUNTY ? `${region.abbreviation}${template.prefix}` : template.prefix;

/** Why a court lists a 失信被执行人, and for how long (null: until the obligation is met). */
export const DEBTOR_GROUNDS = [
  { reason: '有履行能力而拒不履行生效法律文书确定义务', termYears: null },
  { reason: '违反财产报告制度', termYears: 2 },
  { reason: '违反限制消费令', termYears: 2 },
  { reason: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', termYears: 2 },
] as const;
