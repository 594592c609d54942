import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

export const NDJSON = 'application/x-ndjson; charset=utf-8';

// Lines are sent in chunks of about this many characters or bytes: one write per row would mean one
// chunked-encoding frame and often one syscall per row.
const CHUNK_SIZE = 64 * 1024;

/** A line as text, or as the UTF-8 bytes the database made it in (feed.repo.ts). */
export type NdjsonLine = string | Buffer;

const NEWLINE = Buffer.from('\n');

/** A chunk of lines as one write: a buffer's length is its byte length, nothing to measure or flatten. */
const encoded = (lines: readonly NdjsonLine[]): Buffer =>
  Buffer.concat(lines.map((line) => (typeof line === 'string' ? Buffer.from(line, 'utf8') : line)));

/** Resolves when the socket wants more, or is gone (then 'drain' would never come). */
const drained = (response: ServerResponse): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });

/**
 * Streams lines as newline-delimited JSON straight to the socket, bypassing Fastify's serialisation so nothing
 * is buffered: a line is produced only when the socket has taken the previous chunk (backpressure), so memory
 * stays flat however long the stream. The generator is always closed and `release` always called, also when
 * the client goes away midway. A failure after the headers destroys the connection: the client sees a broken
 * stream, never a short one that looks complete.
 */
export async function streamNdjson(
  reply: FastifyReply,
  lines: Generator<NdjsonLine, void, undefined> | AsyncGenerator<NdjsonLine, void, undefined>,
  release: () => void,
): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  let closed = false;
  const onClose = (): void => {
    closed = true;
  };
  response.once('close', onClose);
  const gone = (): boolean => closed || response.destroyed || response.writableEnded;
  try {
    response.writeHead(200, { 'content-type': NDJSON, 'cache-control': 'no-store' });
    let chunk: NdjsonLine[] = [];
    let size = 0;
    /** Adds a line; true once the chunk is full. */
    const add = (line: NdjsonLine): boolean => {
      chunk.push(line, NEWLINE);
      size += line.length + 1;
      return size >= CHUNK_SIZE;
    };
    /** Writes the chunk, waiting while the socket asks to; false once the client is gone. */
    const flush = async (): Promise<boolean> => {
      const flushed = response.write(encoded(chunk));
      chunk = [];
      size = 0;
      if (!flushed && !gone()) await drained(response);
      return !gone();
    };
    // A synchronous generator (a reader's rows) is iterated as such: no await per line, only per chunk.
    if (Symbol.asyncIterator in lines) {
      for await (const line of lines) if (add(line) && !(await flush())) return;
    } else for (const line of lines) if (add(line) && !(await flush())) return;
    response.end(encoded(chunk));
  } catch (error) {
    reply.log.error({ err: error }, 'stream failed');
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    response.off('close', onClose);
    const closing = lines.return();
    // An async generator's own failure was handled above; its return has nothing left to report.
    if (closing instanceof Promise) closing.catch(() => undefined);
    release();
  }
}
