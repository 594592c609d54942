import { expect } from 'vitest';
import { GENESIS_HASH, type ChainEntry, type HashedEntry } from '../../../node-shared/audit/chain';
import { hashAll } from '../../../node-shared/audit/chain.fixtures';
import { AuditChainHead, platformRoutes, PushResponse } from '../../../shared/platform-api/api';
import type { TempPlatform } from '../../testing/temp-platform';

// For the platform's chain tests: a device's audit entries chained as appendAudit chains them, pushed through the
// real outbox route, and the platform's verdict read back through the real audit/chain route.

export const entry = (seq: number): ChainEntry => ({
  seq,
  at: `2026-12-02T10:${String(seq).padStart(2, '0')}:00.000+08:00`,
  actor: '王芳（wangfang）',
  action: 'check.run',
  targetType: 'check',
  targetId: `check-${seq}`,
  caseNumber: `SP-2026-${seq}`,
  purpose: '101 企业设立登记',
  detail: { verdict: 'proceed', found: true, measures: ['M1', 'M2'] },
});

export type Link = HashedEntry & { prevHash: string };

/** The chain as appendAudit sends it: each payload with its hash and the hash before it. */
export const chain = (count: number): Link[] =>
  hashAll(Array.from({ length: count }, (_, index) => entry(index + 1))).map((hashed, index, all) => ({
    ...hashed,
    prevHash: index === 0 ? GENESIS_HASH : (all[index - 1] as HashedEntry).hash,
  }));

/** The link at seq (1-based), which the test knows is there. */
export const at = (links: readonly Link[], seq: number): Link => links[seq - 1] as Link;

export type Device = { headers: Record<string, string>; deviceId: string; mutationId: number };

export async function device(platform: TempPlatform, name?: string): Promise<Device> {
  const enrolled = await platform.enrol(name);
  return { headers: enrolled.headers, deviceId: enrolled.deviceId, mutationId: 0 };
}

/** Pushes each payload as an 'audit.appended' entry under a new mutation id, as the outbox sends them. */
export async function push(
  platform: TempPlatform,
  to: Device,
  payloads: readonly unknown[],
): Promise<PushResponse> {
  const entries = payloads.map((payload) => {
    to.mutationId += 1;
    return { mutationId: to.mutationId, kind: 'audit.appended', createdAt: entry(1).at, payload };
  });
  const response = await fetch(`${platform.url}${platformRoutes.outbox}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...to.headers },
    body: JSON.stringify({ entries }),
  });
  expect(response.status).toBe(200);
  return PushResponse.parse(await response.json());
}

export async function status(platform: TempPlatform, of: Device): Promise<AuditChainHead> {
  const response = await fetch(`${platform.url}${platformRoutes.auditChain}`, { headers: of.headers });
  expect(response.status).toBe(200);
  return AuditChainHead.parse(await response.json());
}

/** The breaks as (seq, reason) pairs, for comparing. */
export const breaksOf = (head: AuditChainHead): [number, string][] =>
  head.breaks.map((found) => [found.seq, found.reason]);
