/** Runs `work` when no other holder of the same lock runs its own, and gives back what it returns. */
export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

/** What this module uses of the Web Locks API (navigator.locks). */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * A lock shared by every page and worker of the extension (the Web Locks API: one name per origin, so
 * the popup, the options page, the side-by-side page and the background all wait on it), released when
 * the work ends or its page closes. Where the API is missing the work runs at once, as it did before.
 * @example await webLock('outlet-diff-norm-refresh')(() => refreshNorms(db, base))
 */
export function webLock(name: string, locks: LockManagerLike | undefined = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks): Exclusive {
  return (work) => (locks ? locks.request(name, work) : work());
}

/** The lock the stores' norm refresh takes (CorpusStore): one pass at a time across the extension. */
export const NORM_REFRESH_LOCK = 'outlet-diff-norm-refresh';
