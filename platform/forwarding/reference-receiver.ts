import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { z } from 'zod';
import {
  ProvincialFeedbackFields,
  provincialRecordSchema,
  type ProvincialRecord,
} from '../../shared/feedback-forwarding/field-map';

/** Where the reference receiver takes records (POST) and shows what it kept (GET). */
export const RECEIVER_PATH = '/provincial/feedback';

/**
 * How the receiver answers, for tests and demos: normally; 503 (`error`); too late for the sender (`timeout`: it
 * keeps the record, then holds the answer for `hangMs`); or by dropping the connection (`reset`).
 */
export type ReceiverMode = 'ok' | 'error' | 'timeout' | 'reset';

export type ReceivedRecord = { deliveryKey: string; record: ProvincialRecord; receivedAt: string };

export type ReferenceReceiver = {
  url: string;
  port: number;
  /** Every record kept, once per delivery key, in order of first arrival. */
  received: () => ReceivedRecord[];
  /** How many POSTs arrived, duplicates and failures included. */
  attempts: () => number;
  setMode: (mode: ReceiverMode) => void;
  close: () => Promise<void>;
};

export const loadBundledFieldSet = (resourcesDir: string): ProvincialFeedbackFields =>
  ProvincialFeedbackFields.parse(
    JSON.parse(readFileSync(join(resourcesDir, 'rules', 'provincial-feedback.json'), 'utf8')),
  );

/**
 * A stand-in for the provincial 联合奖惩 system's receiving end (the real interface is not reachable here): it
 * checks each record against the field set (exactly its fields, in its order), keeps it once per delivery key
 * (a repeat is answered 200 as a duplicate), and can be told to fail. In memory: a restarted receiver is empty,
 * like a fresh test double; `records` carries over what an earlier instance kept when a test restarts it.
 */
export async function startReferenceReceiver(options: {
  fields: ProvincialFeedbackFields;
  port?: number;
  host?: string;
  mode?: ReceiverMode;
  hangMs?: number;
  records?: ReceivedRecord[];
}): Promise<ReferenceReceiver> {
  const recordSchema = provincialRecordSchema(options.fields);
  const names = options.fields.fields.map((field) => field.name);
  const body = z.object({ deliveryKey: z.string().min(1).max(200), record: recordSchema });
  const kept = new Map<string, ReceivedRecord>(
    (options.records ?? []).map((record) => [record.deliveryKey, record]),
  );
  let mode: ReceiverMode = options.mode ?? 'ok';
  let attempts = 0;
  const hangMs = options.hangMs ?? 60_000;
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 256 * 1024 });

  app.post(RECEIVER_PATH, async (request, reply) => {
    attempts += 1;
    if (mode === 'reset') {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    if (mode === 'error')
      return reply.code(503).send({ code: 'UNAVAILABLE', message: '系统维护中，请稍后重试' });
    const parsed = body.safeParse(request.body);
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((issue) => issue.path.slice(1).join('.') || '（整体）')),
      ];
      return reply
        .code(422)
        .send({ code: 'FIELDS_INVALID', message: `字段不符合报送字段集：${fields.join('、')}` });
    }
    const order = Object.keys((request.body as { record: object }).record);
    if (order.join(',') !== names.join(','))
      return reply.code(422).send({ code: 'FIELD_ORDER', message: '字段顺序与报送字段集不一致' });
    const header = request.headers['idempotency-key'];
    if (header !== undefined && header !== parsed.data.deliveryKey)
      return reply.code(422).send({ code: 'KEY_MISMATCH', message: '请求头与请求体中的报送编号不一致' });
    const duplicate = kept.has(parsed.data.deliveryKey);
    if (!duplicate)
      kept.set(parsed.data.deliveryKey, {
        deliveryKey: parsed.data.deliveryKey,
        record: parsed.data.record as ProvincialRecord,
        receivedAt: new Date().toISOString(),
      });
    // `timeout`: the record is kept, but the answer comes too late — the sender must try again, and the
    // delivery key keeps the second arrival from becoming a second record.
    if (mode === 'timeout') await new Promise((resolve) => setTimeout(resolve, hangMs).unref());
    return reply.send({ received: true, duplicate });
  });
  app.get(RECEIVER_PATH, (_request, reply) => reply.send({ records: [...kept.values()] }));

  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${RECEIVER_PATH}`,
    port,
    received: () => [...kept.values()],
    attempts: () => attempts,
    setMode: (next) => {
      mode = next;
    },
    close: () => app.close(),
  };
}
