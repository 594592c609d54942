import { expect, it } from 'vitest';
import { batchedReads, READ_BATCH_MAX } from './read-batch';

/** A read whose answer the test releases: each call's keys, and a way to answer it. */
function controlledRead() {
  const calls: { keys: readonly string[]; answer: (failure?: Error) => void }[] = [];
  const read = (keys: readonly string[]): Promise<ReadonlyMap<string, string>> =>
    new Promise((resolve, reject) => {
      calls.push({
        keys,
        answer: (failure) =>
          failure === undefined
            ? resolve(new Map(keys.filter((key) => key !== 'unknown').map((key) => [key, `value of ${key}`])))
            : reject(failure),
      });
    });
  return { calls, read };
}

const settle = (): Promise<void> => new Promise((done) => setImmediate(done));

it('gathers what is asked while a read is under way into the next read, and never joins one under way', async () => {
  const { calls, read } = controlledRead();
  const get = batchedReads(read);
  const first = get('a');
  expect(calls.map((call) => call.keys)).toEqual([['a']]);
  // Asked while the first read is out: not answered by it (it began before they were asked), but all together.
  const later = [get('a'), get('b'), get('b'), get('unknown')];
  await settle();
  expect(calls).toHaveLength(1);
  calls[0]?.answer();
  expect(await first).toBe('value of a');
  await settle();
  expect(calls.map((call) => call.keys)).toEqual([['a'], ['a', 'b', 'unknown']]);
  calls[1]?.answer();
  expect(await Promise.all(later)).toEqual(['value of a', 'value of b', 'value of b', undefined]);
});

it('fails every key of a failed read, and goes on with the next', async () => {
  const { calls, read } = controlledRead();
  const get = batchedReads(read);
  const first = get('x');
  const failing = [get('a'), get('b')].map((asked) => asked.catch((error: unknown) => error));
  calls[0]?.answer();
  await first;
  await settle();
  expect(calls[1]?.keys).toEqual(['a', 'b']);
  const after = get('c');
  calls[1]?.answer(new Error('连接已断开'));
  expect(await Promise.all(failing)).toEqual([new Error('连接已断开'), new Error('连接已断开')]);
  await settle();
  expect(calls[2]?.keys).toEqual(['c']);
  calls[2]?.answer();
  expect(await after).toBe('value of c');
});

it(`reads at most ${READ_BATCH_MAX} keys at once; the rest wait for the next read`, async () => {
  const { calls, read } = controlledRead();
  const get = batchedReads(read);
  const first = get('first');
  const many = Array.from({ length: READ_BATCH_MAX + 7 }, (_, index) => get(`k${index}`));
  calls[0]?.answer();
  await first;
  await settle();
  expect(calls[1]?.keys).toHaveLength(READ_BATCH_MAX);
  calls[1]?.answer();
  await settle();
  expect(calls[2]?.keys).toHaveLength(7);
  calls[2]?.answer();
  expect(await Promise.all(many)).toEqual(many.map((_, index) => `value of k${index}`));
});
