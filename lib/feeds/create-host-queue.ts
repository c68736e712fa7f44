import type { HostQueue, Sleep } from './types';

export interface HostQueueOptions {
  sleep: Sleep;
  /** Milliseconds since the epoch (a fake clock in tests). */
  now: () => number;
  /** The pause from the end of one request to the start of the next to the same host. */
  delayMs: number;
}

/**
 * Politeness: tasks for one host run one at a time, in the order they were queued, and the next starts
 * `delayMs` after the previous ended; different hosts do not wait for each other. A task whose signal
 * aborts while it waits its turn rejects without running, and the queue moves on.
 * @example const queue = createHostQueue({ sleep: wait, now: Date.now, delayMs: 1000 });
 * await Promise.all([queue.run('a.com', getA1), queue.run('a.com', getA2), queue.run('b.com', getB)]) // A2 starts 1 s after A1 ends
 */
export function createHostQueue({ sleep, now, delayMs }: HostQueueOptions): HostQueue {
  const tails = new Map<string, Promise<void>>();
  const lastEnd = new Map<string, number>();
  return {
    async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      const previous = tails.get(host) ?? Promise.resolve();
      let release = () => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      const tail = previous.then(() => done);
      tails.set(host, tail);
      try {
        await previous;
        signal?.throwIfAborted();
        const ended = lastEnd.get(host);
        const pause = ended === undefined ? 0 : ended + delayMs - now();
        if (pause > 0) await sleep(pause, signal);
        try {
          return await task();
        } finally {
          lastEnd.set(host, now());
        }
      } finally {
        release();
        // The map keeps only hosts with work queued, so a long run over many hosts does not grow it.
        if (tails.get(host) === tail) tails.delete(host);
      }
    },
  };
}
