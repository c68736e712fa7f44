import { describe, expect, it } from 'vitest';
import { wait } from '../../../lib/feeds/wait';

describe('wait', () => {
  it('resolves after the time', async () => {
    const start = performance.now();
    await wait(30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
  });

  it('rejects at once when the signal aborts', async () => {
    const controller = new AbortController();
    const start = performance.now();
    const waiting = wait(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('rejects when the signal is already aborted', async () => {
    await expect(wait(10, AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
  });
});
