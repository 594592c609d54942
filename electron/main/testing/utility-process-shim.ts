import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { isToChild, type FromChild } from './utility-process-wire';

// The child side of the fake utility process: a plain Node process given what Electron gives a utility process —
// `process.parentPort`, and MessagePorts arriving with its messages — over Node's IPC channel, then the entry
// script (argv[2]) is loaded as Electron loads it. Bundled and forked by fake-utility-process.ts.

const send = (message: FromChild): void => {
  // After the parent let go (it is exiting), there is nobody to tell.
  if (process.connected) process.send?.(message);
};

/** A MessagePortMain moved into this process: messages queue until start(), as in Electron. */
class ShimPort extends EventEmitter {
  private started = false;
  private closed = false;
  private readonly queue: unknown[] = [];

  constructor(private readonly id: number) {
    super();
  }

  postMessage(data: unknown): void {
    if (!this.closed) send({ from: 'port', port: this.id, data });
  }

  start(): void {
    this.started = true;
    for (const data of this.queue.splice(0)) this.emit('message', { data, ports: [] });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    send({ from: 'port-close', port: this.id });
    this.emit('close');
  }

  deliver(data: unknown): void {
    if (this.closed) return;
    if (this.started) this.emit('message', { data, ports: [] });
    else this.queue.push(data);
  }

  closedByPeer(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
  }
}

class ShimParentPort extends EventEmitter {
  postMessage(data: unknown): void {
    send({ from: 'parent-port', data });
  }
}

const ports = new Map<number, ShimPort>();
const parentPort = new ShimParentPort();
Object.defineProperty(process, 'parentPort', { value: parentPort, enumerable: true, writable: false });

process.on('message', (message: unknown) => {
  if (!isToChild(message)) return;
  if (message.to === 'parent-port') {
    const moved = message.ports.map((id) => {
      const port = new ShimPort(id);
      ports.set(id, port);
      return port;
    });
    parentPort.emit('message', { data: message.data, ports: moved });
  } else if (message.to === 'port') {
    ports.get(message.port)?.deliver(message.data);
  } else {
    ports.get(message.port)?.closedByPeer();
  }
});
// A utility process ends with the app that started it.
process.on('disconnect', () => process.exit(0));

const entry = process.argv[2];
if (entry === undefined) throw new Error('utility-process-shim: no entry script given');
// As in Electron, the entry sees itself as argv[1].
process.argv.splice(1, 1);
createRequire(__filename)(resolve(entry));
