import { describe, expect, it } from 'vitest';
import type { Attachment, RepairCandidate } from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';
import {
  blankApplication,
  buildRequest,
  errorsOfStep,
  initialCommitment,
  matchesMask,
  stepOfField,
  unmaskedIdentifier,
} from './repair-draft';

const company: SubjectSummary = {
  id: 'demo-s-0007',
  name: '平顶山市梧沐商贸有限公司',
  identifierMasked: '91410403MAL18LNL5K',
  kind: 'legal-person',
  regionCode: '410403',
  status: 'active',
};

const person: SubjectSummary = {
  id: 'demo-s-0010',
  name: '冯志亚',
  identifierMasked: '410425********8054',
  kind: 'natural-person',
  regionCode: '410425',
  status: 'active',
};

const candidate: RepairCandidate = {
  targetTable: 'credit_records',
  targetId: 'demo-r-0005',
  title: '行政处罚：未按规定申报纳税',
  kindLabel: '行政处罚',
  decisionOn: '2025-03-30',
  statusLabel: '公示中',
  unit: '国家税务总局平顶山市税务局',
  eligibility: {
    regime: '2023',
    eligible: true,
    eligibleFrom: '2025-07-01',
    publicationEndsOn: '2028-03-30',
    code: 'eligible',
    message: '已满最短公示期，可申请信用修复',
    unconfirmed: [],
  },
  openApplicationId: null,
  suggestedOutcome: 'stop-publication',
};

const attachment = (kind: Attachment['kind'], sha = 'a'): Attachment => ({
  sha256: sha.repeat(64),
  name: '申请表.pdf',
  mime: 'application/pdf',
  size: 1024,
  kind,
});

const commitmentFor = (subject: SubjectSummary) =>
  initialCommitment({
    subject,
    knownIdentifier: null,
    candidate,
    acceptingUnit: { name: '叶县政务服务中心', code: '11410422MB7654321Y' },
    today: '2026-11-28',
  });

const complete = () => ({
  subject: company,
  candidate,
  application: {
    ...blankApplication('stop-publication'),
    handlerName: '李明',
    reasons: '罚款已缴清，违法行为已整改',
  },
  attachments: [attachment('application-form')],
  commitment: {
    ...commitmentFor(company),
    recognisingCode: '11410400MB0000000X',
    acceptingCode: '11410422MB7654321Y',
  },
  accept: true,
});

describe('repair draft', () => {
  it('prefills the 承诺书 from the subject, the record (认定单位) and the settings (受理单位)', () => {
    const commitment = commitmentFor(company);
    expect(commitment.committerIdentifier).toBe('91410403MAL18LNL5K');
    expect(commitment.reason).toContain(candidate.title);
    expect(commitment.content).toContain('纠正失信行为');
    expect(commitment.liability).toContain('记入信用记录');
    expect(commitment).not.toHaveProperty('matterCode');
    expect(commitment.recognisingName).toBe('国家税务总局平顶山市税务局');
    expect(commitment.recognisingCode).toBe('');
    expect(commitment.acceptingName).toBe('叶县政务服务中心');
    expect(commitment.acceptingCode).toBe('11410422MB7654321Y');
    expect(commitment.verifyBy).toBe('2026-12-28');
    expect(commitment.validUntil).toBe('');
  });

  it('leaves a masked identifier for the clerk to type, and checks it against the mask', () => {
    expect(unmaskedIdentifier(person.identifierMasked)).toBe('');
    expect(matchesMask('410425196906028054', person.identifierMasked)).toBe(true);
    expect(matchesMask('410426196906028054', person.identifierMasked)).toBe(false);
    expect(matchesMask('4104251969060280', person.identifierMasked)).toBe(false);
  });

  it('carries the 办件编号 of the check the application came from', () => {
    const commitment = initialCommitment({
      subject: company,
      knownIdentifier: null,
      candidate,
      acceptingUnit: { name: '叶县政务服务中心', code: '11410422MB7654321Y' },
      caseNumber: 'YX-2026-0200',
      today: '2026-11-28',
    });
    expect(commitment.caseNumber).toBe('YX-2026-0200');
    expect(commitmentFor(company).caseNumber).toBe('');
  });

  it('refuses an outcome that does not fit the record: 移出名单 is for a list entry', () => {
    const input = complete();
    const built = buildRequest({
      ...input,
      application: { ...input.application, requestedOutcome: 'remove-from-list' },
    });
    expect(!built.ok && built.errors).toEqual({ requestedOutcome: '所选修复方式不适用于该记录，请重新选择' });
    expect(stepOfField('requestedOutcome')).toBe(2);
    const entry = buildRequest({
      ...input,
      candidate: { ...candidate, targetTable: 'list_entries', suggestedOutcome: 'remove-from-list' },
      application: { ...input.application, requestedOutcome: 'remove-from-list' },
    });
    expect(entry.ok).toBe(true);
  });

  it('builds the request the contract expects', () => {
    const built = buildRequest(complete());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request).toMatchObject({
      subjectId: 'demo-s-0007',
      targetTable: 'credit_records',
      targetId: 'demo-r-0005',
      handlerPhone: null,
      accept: true,
      commitment: {
        committer: { name: company.name, kind: 'legal-person', identifier: '91410403MAL18LNL5K' },
        validUntil: null,
        caseNumber: null,
        acceptingUnit: { name: '叶县政务服务中心', code: '11410422MB7654321Y' },
      },
    });
    // The matter is the repair application itself: the core sets it.
    expect(built.request.commitment).not.toHaveProperty('matterCode');
  });

  it('puts the contract messages under their fields, by step', () => {
    const input = complete();
    const built = buildRequest({
      ...input,
      application: { ...input.application, handlerName: '', reasons: '短' },
      commitment: { ...input.commitment, acceptingCode: '', committerIdentifier: '91410403MAL18LNL5X' },
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.handlerName).toBe('请填写经办人姓名');
    expect(built.errors.reasons).toContain('不少于4个字');
    expect(built.errors['commitment.acceptingUnit.code']).toBe('请填写单位代码');
    expect(built.errors['commitment.committer.identifier']).toBeDefined();
    expect(Object.keys(errorsOfStep(built.errors, 2)).sort()).toEqual(['handlerName', 'reasons']);
    expect(stepOfField('commitment.content')).toBe(3);
    expect(stepOfField('targetId')).toBe(1);
  });

  it('refuses an identifier that does not match the subject', () => {
    const input = complete();
    const built = buildRequest({
      ...input,
      subject: person,
      commitment: { ...input.commitment, committerIdentifier: '91410403MAL18LNL5K' },
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors['commitment.committer.identifier']).toBe('号码与申请主体不一致');
  });
});
