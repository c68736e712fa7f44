import { describe, expect, it } from 'vitest';
import { createHostQueue } from '../../../lib/feeds/create-host-queue';
import { createFakeClock } from './helpers';

/** A task that takes `ms` of virtual time and records when it ran. */
function task(clock: ReturnType<typeof createFakeClock>, log: Array<[string, number, number]>, name: string, ms: number) {
  return async () => {
    const start = clock.now();
    await clock.sleep(ms);
    log.push([name, start, clock.now()]);
    return name;
  };
}

describe('createHostQueue (politeness, on a fake clock)', () => {
  it.each([
    [1_000, 'the 1 s default'],
    [2_500, 'a --delay of 2.5 s'],
    [0, 'no pause'],
  ])('one host: one at a time, %i ms from the end of one to the start of the next (%s)', async (delayMs) => {
    const clock = createFakeClock(0);
    const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs });
    const log: Array<[string, number, number]> = [];
    await clock.run(Promise.all(['a', 'b', 'c'].map((name) => queue.run('a.example', task(clock, log, name, 300)))));
    expect(log.map(([name]) => name)).toEqual(['a', 'b', 'c']);
    for (let i = 1; i < log.length; i++) {
      const [, start] = log[i] as [string, number, number];
      const [, , previousEnd] = log[i - 1] as [string, number, number];
      expect(start - previousEnd).toBe(delayMs);
    }
  });

  it('different hosts do not wait for each other', async () => {
    const clock = createFakeClock(0);
    const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1_000 });
    const log: Array<[string, number, number]> = [];
    await clock.run(Promise.all([queue.run('a.example', task(clock, log, 'a', 300)), queue.run('b.example', task(clock, log, 'b', 300))]));
    expect(log.map(([, start]) => start)).toEqual([0, 0]);
  });

  it('no pause before the first request, nor after a host has rested long enough', async () => {
    const clock = createFakeClock(0);
    const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1_000 });
    const log: Array<[string, number, number]> = [];
    await clock.run(queue.run('a.example', task(clock, log, 'a', 100)));
    await clock.run(clock.sleep(5_000));
    await clock.run(queue.run('a.example', task(clock, log, 'b', 100)));
    expect(log).toEqual([
      ['a', 0, 100],
      ['b', 5_100, 5_200],
    ]);
  });

  it('a failing task releases the host', async () => {
    const clock = createFakeClock(0);
    const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1_000 });
    const failing = clock.run(queue.run('a.example', async () => Promise.reject(new Error('boom'))));
    await expect(failing).rejects.toThrow('boom');
    await expect(clock.run(queue.run('a.example', async () => 'next'))).resolves.toBe('next');
  });

  it('a task cancelled while waiting its turn never runs, and the queue moves on', async () => {
    const clock = createFakeClock(0);
    const queue = createHostQueue({ sleep: clock.sleep, now: clock.now, delayMs: 1_000 });
    const log: Array<[string, number, number]> = [];
    const controller = new AbortController();
    const first = queue.run('a.example', task(clock, log, 'a', 300));
    const cancelled = queue.run('a.example', task(clock, log, 'cancelled', 300), controller.signal);
    const third = queue.run('a.example', task(clock, log, 'c', 300));
    controller.abort(new Error('cancelled'));
    await clock.run(Promise.allSettled([first, cancelled, third]));
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(log.map(([name]) => name)).toEqual(['a', 'c']);
  });
});
