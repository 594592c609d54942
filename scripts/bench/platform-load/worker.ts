import { SimulatedPc, type PcReport, type PcSettings } from './simulated-pc';

/** Driver → worker process (over the fork's IPC channel). */
export type ToWorker =
  | { type: 'enrol'; pcs: { code: string; url: string; name: string }[]; settings: PcSettings }
  | { type: 'start' }
  | { type: 'measure'; on: boolean }
  | { type: 'stop' };
/** Worker → driver. */
export type FromWorker =
  | { type: 'enrolled' }
  | { type: 'failed'; message: string }
  | { type: 'report'; reports: PcReport[]; cpuPercent: number };

/** Enrolments under way at once in one worker: the platform sees a roll-out, not a stampede. */
const ENROL_CONCURRENCY = 8;

async function enrolAll(pcs: SimulatedPc[], codes: { code: string; name: string }[]): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < pcs.length) {
      const index = next++;
      const pc = pcs[index];
      const code = codes[index];
      if (pc === undefined || code === undefined) return;
      await pc.enrol(code.code, code.name);
    }
  };
  await Promise.all(Array.from({ length: ENROL_CONCURRENCY }, lane));
}

/** The body of a worker process: its share of the simulated PCs, driven by the driver's messages. */
export function runWorker(): void {
  let pcs: SimulatedPc[] = [];
  // This process's CPU over the measured window (% of one core): a saturated load generator measures itself.
  let window: { at: number; cpu: NodeJS.CpuUsage } | null = null;
  let cpuPercent = 0;
  const send = (message: FromWorker): void => void process.send?.(message);
  // The driver gone (finished or stopped hard): nothing left to simulate.
  process.once('disconnect', () => process.exit(0));
  process.on('message', (message: ToWorker) => {
    void (async () => {
      try {
        switch (message.type) {
          case 'enrol':
            pcs = message.pcs.map((pc) => new SimulatedPc(pc.url, message.settings));
            await enrolAll(pcs, message.pcs);
            send({ type: 'enrolled' });
            return;
          case 'start':
            pcs.forEach((pc) => pc.start());
            return;
          case 'measure':
            pcs.forEach((pc) => (pc.measuring = message.on));
            if (message.on) window = { at: Date.now(), cpu: process.cpuUsage() };
            else if (window !== null) {
              const used = process.cpuUsage(window.cpu);
              cpuPercent = Math.round((used.user + used.system) / 10 / (Date.now() - window.at));
            }
            return;
          case 'stop':
            send({ type: 'report', reports: await Promise.all(pcs.map((pc) => pc.stop())), cpuPercent });
            return;
        }
      } catch (error) {
        send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
