import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_MS, keptAlive } from '../../../components/services/keep-alive';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Work that ends (or fails) after `ms` of fake time. */
const lasting = (ms: number, fails = false) => () =>
  new Promise<string>((resolve, reject) => setTimeout(() => (fails ? reject(new Error('pass failed')) : resolve('done')), ms));

describe('keptAlive', () => {
  it('stays under the 30 s after which Chrome stops an idle extension service worker', () => {
    expect(KEEP_ALIVE_MS).toBeLessThan(30_000);
  });

  it.each([
    ['short work (under one interval): no call', 10_000, false, 0],
    ['work of 60 s: a call every 25 s while it runs', 60_000, false, 2],
    ['work of 140 s (a pass at 100,000 articles)', 140_000, false, 5],
    ['work that fails after 60 s: the calls stop with it', 60_000, true, 2],
  ])('%s', async (_name, ms, fails, calls) => {
    const ping = vi.fn(async () => ({}));
    const run = keptAlive(ping)(lasting(ms, fails));
    const settled = run.then((value) => ({ value }), (error: Error) => ({ error: error.message }));
    await vi.advanceTimersByTimeAsync(ms);
    expect(await settled).toEqual(fails ? { error: 'pass failed' } : { value: 'done' });
    expect(ping).toHaveBeenCalledTimes(calls);
    // Long after: no call once the work has ended.
    await vi.advanceTimersByTimeAsync(5 * KEEP_ALIVE_MS);
    expect(ping).toHaveBeenCalledTimes(calls);
  });

  it('a call that fails is ignored: the work goes on and the calls too', async () => {
    const ping = vi.fn(async () => Promise.reject(new Error('no API')));
    const run = keptAlive(ping, 1_000)(lasting(3_500));
    await vi.advanceTimersByTimeAsync(3_500);
    expect(await run).toBe('done');
    expect(ping).toHaveBeenCalledTimes(3);
  });
});
