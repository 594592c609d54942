// The worker thread behind one synchronous PostgreSQL connection (engine.ts): it holds one pg Client and answers
// one request at a time. The caller posts a request and blocks in Atomics.wait on `state`; the reply is posted
// first, then `state` is set to 1 and notified, so the caller finds the reply waiting on its port.
// Plain JavaScript so that it runs as is under the tests; scripts/build.mjs bundles it next to the platform.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';

const { port, state, pgPath } = workerData;

// A pg that cannot be loaded fails the first request with the reason, instead of a worker that never answers.
let pg = null;
let loadError = null;
try {
  // Where the caller found pg (it may run from a bundle whose folder has no node_modules), else our own.
  pg = createRequire(import.meta.url)(pgPath ?? 'pg');
} catch (error) {
  loadError = error;
}
const types = pg === null ? null : pg.types;

// Values as better-sqlite3 gives them, so repositories read the same shapes on both engines: integers and
// numerics as numbers, booleans as 1/0, dates, times and JSON as their text (the platform stores ISO text and
// parses JSON itself), bytea as Buffer (pg's default).
const asText = (value) => value;
const asNumber = (value) => Number(value);
const parsers = new Map(
  types === null
    ? []
    : [
        [types.builtins.INT8, asNumber],
        [types.builtins.NUMERIC, asNumber],
        [types.builtins.BOOL, (value) => (value === 't' ? 1 : 0)],
        [types.builtins.DATE, asText],
        [types.builtins.TIMESTAMP, asText],
        [types.builtins.TIMESTAMPTZ, asText],
        [types.builtins.JSON, asText],
        [types.builtins.JSONB, asText],
      ],
);
const typeParsers = {
  getTypeParser: (oid, format) => parsers.get(oid) ?? types.getTypeParser(oid, format),
};

let client = null;
let cursors = 0;
/** The connect request, to open the connection again after it was lost; whether it is lost; the last tx status. */
let connectRequest = null;
let lost = false;
let lastTx = 'I';

// Bytes arrive as Uint8Array (structured clone of a Buffer); pg sends Buffer as bytea.
const param = (value) =>
  value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;

const errorOf = (error) => ({
  message: error instanceof Error ? error.message : String(error),
  code: typeof error?.code === 'string' ? error.code : undefined,
  detail: typeof error?.detail === 'string' ? error.detail : undefined,
  constraint: typeof error?.constraint === 'string' ? error.constraint : undefined,
});

const txStatus = () => (client === null ? 'I' : (client.getTransactionStatus() ?? 'I'));

// pg rejects a failed query as soon as the error arrives, before the server's ReadyForQuery that tells the
// transaction status: wait for it, so the status sent back is the one after the failure.
// A connection that failed or was lost never sends it: give up waiting after a second.
const settled = (op) =>
  op === 'connect' || op === 'close' || client === null || client.readyForQuery
    ? Promise.resolve()
    : new Promise((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        client.connection.once('readyForQuery', () =>
          setImmediate(() => {
            clearTimeout(timer);
            resolve();
          }),
        );
      });

const result = (query) => ({
  columns: query.fields.map((field) => field.name),
  rows: query.rows,
  rowCount: query.rowCount ?? 0,
});

/** Opens the connection `request` describes, with its session settings. */
async function open(request) {
  const opening = new pg.Client({
    connectionString: request.url,
    connectionTimeoutMillis: request.connectTimeoutMs,
    types: typeParsers,
    application_name: request.applicationName,
  });
  client = opening;
  lost = false;
  opening.on('error', () => {
    // The connection was lost (the server restarted, the network, a terminated backend): see reopen().
    if (client === opening) lost = true;
  });
  await opening.connect();
  for (const setting of request.settings) await opening.query(setting);
}

/**
 * A connection lost outside a transaction is opened again before the next request, so one dropped connection does
 * not leave the platform answering 500 for good. Lost inside a transaction, the request fails (the transaction is
 * gone with the connection: nothing of it may run on a new one); the one after it, the caller's ROLLBACK, reopens.
 */
async function reopen() {
  if (!lost || connectRequest === null) return;
  const wasInTransaction = lastTx !== 'I';
  const broken = client;
  client = null;
  lastTx = 'I';
  void broken?.end().catch(() => undefined);
  if (wasInTransaction) {
    lost = true;
    throw Object.assign(new Error('与 PostgreSQL 的连接已断开，本事务未提交'), { code: '08006' });
  }
  await open(connectRequest);
}

async function handle(request) {
  if (loadError !== null) throw loadError;
  if (request.op !== 'connect' && request.op !== 'close') await reopen();
  switch (request.op) {
    case 'connect':
      connectRequest = request;
      await open(request);
      return null;
    case 'query':
      return result(
        await client.query({ text: request.sql, values: request.params.map(param), rowMode: 'array' }),
      );
    case 'exec':
      await client.query(request.sql);
      return null;
    case 'declare': {
      const name = `engine_cursor_${++cursors}`;
      await client.query({
        text: `DECLARE ${name} NO SCROLL CURSOR FOR ${request.sql}`,
        values: request.params.map(param),
      });
      return name;
    }
    case 'fetch':
      return result(
        await client.query({ text: `FETCH ${request.count} FROM ${request.cursor}`, rowMode: 'array' }),
      );
    case 'close': {
      const closing = client;
      client = null;
      if (closing !== null) await closing.end();
      return null;
    }
    default:
      throw new Error(`unknown request ${String(request.op)}`);
  }
}

port.on('message', (request) => {
  handle(request)
    .then(
      (value) => ({ ok: true, value, tx: txStatus() }),
      (error) => settled(request.op).then(() => ({ ok: false, error: errorOf(error), tx: txStatus() })),
    )
    .then((reply) => {
      lastTx = reply.tx;
      port.postMessage(reply);
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
    });
});
