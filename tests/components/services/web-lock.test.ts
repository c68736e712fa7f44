import { describe, expect, it } from 'vitest';
import { webLock } from '../../../components/services/web-lock';

describe('webLock', () => {
  it('asks the lock manager for the named lock and gives back what the work returns', async () => {
    const asked: string[] = [];
    const locks = { request: <T>(name: string, work: () => Promise<T>) => (asked.push(name), work()) };
    expect(await webLock('outlet-diff-norm-refresh', locks)(async () => 42)).toBe(42);
    expect(asked).toEqual(['outlet-diff-norm-refresh']);
  });

  it.each([
    ['no lock manager (a context without the Web Locks API)', undefined],
  ])('%s: the work runs at once', async (_name, locks) => {
    let ran = false;
    expect(await webLock('x', locks)(async () => ((ran = true), 'done'))).toBe('done');
    expect(ran).toBe(true);
  });

  it('a failing work fails the call (the lock manager releases the lock)', async () => {
    const locks = { request: <T>(_name: string, work: () => Promise<T>) => work() };
    await expect(webLock('x', locks)(async () => Promise.reject(new Error('refresh failed')))).rejects.toThrow('refresh failed');
  });
});
