// Subjects: enterprises, public institutions, social organisations, individual businesses and natural persons.
import { regionOf, weighted } from '../../platform/generate/synthetic/index.ts';
import type { Subject } from '../../shared/domain/subject.ts';
import { UPDATED_AT } from './config.ts';
import {
  industryOfSubject,
  legacySubjects,
  nextSubjectId,
  riskClassOf,
  shopOfSubject,
  subjects,
} from './data-set.ts';
import { makeCitizenId, makeUscc } from './identifiers.ts';
import { INDUSTRY_KEYS, SHOPS, industryOf, type IndustryKey, type ShopKind } from './industries.ts';
import {
  address,
  between,
  birthRegion,
  chance,
  companyRegion,
  personName,
  pick,
  pickWeighted,
  shopRegion,
  tradeName,
} from './draws.ts';

export type CompanyOptions = {
  industry?: IndustryKey;
  regionCode?: string;
  registeredFrom?: string;
  registeredTo?: string;
  status?: Subject['status'];
  /** The 市场监管 risk class (null: not classed); drawn when not given. */
  riskClass?: string | null;
  legacy?: boolean;
  joint?: boolean;
};

const INDUSTRY_WEIGHTS = weighted(INDUSTRY_KEYS.map((k) => [k, industryOf(k).weight] as const));
const RISK_CLASSES = weighted([
  ['A', 35],
  ['B', 45],
  ['C', 15],
  ['D', 5],
] as const);

export function addCompany(options: CompanyOptions = {}): Subject {
  const key = options.industry ?? pickWeighted(INDUSTRY_WEIGHTS);
  const industry = industryOf(key);
  const r = options.regionCode ? regionOf(options.regionCode) : companyRegion();
  const registeredOn = between(options.registeredFrom ?? '1995-01-01', options.registeredTo ?? '2025-12-31');
  const joint = options.joint ?? (r.code === '410400' && chance(0.25));
  const name = joint
    ? `河南${tradeName()}${industry.suffix.replace('有限公司', '股份有限公司')}`
    : `${r.companyPrefix}${tradeName()}${chance(0.12) ? industry.suffix.replace('有限公司', '有限责任公司') : industry.suffix}`;
  const riskClass =
    options.riskClass !== undefined ? options.riskClass : chance(0.6) ? pickWeighted(RISK_CLASSES) : null;
  const subject: Subject = {
    id: nextSubjectId(),
    name,
    identifier: makeUscc('91', r.code, registeredOn, options.legacy ?? false),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: options.status ?? 'active',
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  if (riskClass !== null) riskClassOf.set(subject.id, riskClass);
  industryOfSubject.set(subject.id, industry);
  if (options.legacy) legacySubjects.push(subject);
  return subject;
}

export const PUBLIC_INSTITUTIONS = [
  '城市建设服务中心',
  '农业技术推广中心',
  '公共就业服务中心',
  '不动产登记中心',
  '水利工程管理站',
  '机关事务服务中心',
  '园林绿化服务中心',
  '社会保险服务中心',
];
export function addInstitution(name: string): Subject {
  const r = regionOf(pick(['410400', '410402', '410411', '410421', '410422', '410482']));
  const registeredOn = between('1998-01-01', '2020-12-31');
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${r.code === '410400' ? '平顶山市' : r.companyPrefix === '平顶山市' ? `平顶山市${r.name}` : r.name}${name}（示例）`,
    identifier: makeUscc('12', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: 'active',
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}

export const SOCIAL_ORGS = [
  '社会工作服务中心',
  '志愿服务协会',
  '养老服务中心',
  '物流行业协会',
  '建筑业协会',
  '青少年活动中心',
  '食品行业协会',
];
export function addSocialOrg(kind: string): Subject {
  const r = regionOf(pick(['410400', '410400', '410403', '410421', '410481', '410482']));
  const registeredOn = between('2005-01-01', '2024-12-31');
  const place =
    r.code === '410400' ? '平顶山市' : r.companyPrefix === '平顶山市' ? `平顶山市${r.name}` : r.name;
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${place}${tradeName()}${kind}`,
    identifier: makeUscc('52', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'legal-person',
    regionCode: r.code,
    legalRepresentative: personName(),
    registeredOn,
    address: address(r),
    status: 'active',
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}

export function addShop(
  options: { status?: Subject['status']; shop?: ShopKind; regionCode?: string } = {},
): Subject {
  const shop = options.shop ?? pick(SHOPS);
  const r = options.regionCode ? regionOf(options.regionCode) : shopRegion();
  const registeredOn = between('2016-01-01', '2025-12-31');
  const operator = personName();
  const subject: Subject = {
    id: nextSubjectId(),
    name: `${r.shopPrefix}${tradeName()}${shop.suffix}`,
    identifier: makeUscc('92', r.code, registeredOn),
    identifierKind: 'uscc',
    kind: 'individual-business',
    regionCode: r.code,
    legalRepresentative: operator,
    registeredOn,
    address: address(r),
    status: options.status ?? 'active',
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  shopOfSubject.set(subject.id, shop);
  return subject;
}

export function addPerson(): Subject {
  const r = birthRegion();
  const birth = between('1955-01-01', '2000-12-31');
  const male = chance(0.6);
  const subject: Subject = {
    id: nextSubjectId(),
    name: personName(male),
    identifier: makeCitizenId(r.code, birth, male),
    identifierKind: 'citizen-id',
    kind: 'natural-person',
    regionCode: r.code,
    legalRepresentative: null,
    registeredOn: null,
    address: null,
    status: 'active',
    updatedAt: UPDATED_AT,
  };
  subjects.push(subject);
  return subject;
}
