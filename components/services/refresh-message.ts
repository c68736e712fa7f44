/** The message an extension page sends the background for "Refresh now". */
export const REFRESH_MESSAGE = { type: 'refresh-feeds' } as const;

/**
 * Whether a runtime message asks the background for a feed refresh.
 * @example isRefreshMessage({ type: 'refresh-feeds' }) // -> true
 */
export const isRefreshMessage = (message: unknown): boolean => (message as { type?: unknown } | null | undefined)?.type === REFRESH_MESSAGE.type;
