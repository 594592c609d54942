import { prepareCacheFile } from '../encrypt-cache';

// A process that encrypts a plain cache and is killed on the way: by itself after the step CCW_KILL_AFTER names,
// or from outside at any moment (encrypt-cache.kill.test.ts).
const file = process.env.CCW_CACHE_FILE ?? '';
const key = process.env.CCW_CACHE_KEY ?? '';
const killAfter = process.env.CCW_KILL_AFTER;
prepareCacheFile(file, key, {
  afterStep: (step) => {
    if (step === killAfter) process.kill(process.pid, 'SIGKILL');
  },
});
console.log('done');
