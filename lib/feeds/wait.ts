/**
 * The real clock's sleep for the collector (tests pass a fake one): resolves after `ms`, rejects with the
 * signal's reason as soon as it aborts, so a cancelled run or a finished request never waits out a timer.
 * @example await wait(1000) // one second later
 */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
