/** The message an extension page sends the background for "Refresh now". */
export const REFRESH_MESSAGE = { type: 'refresh-feeds' } as const;

/**
 * Whether a runtime message asks the background for a feed refresh.
 * @example isRefreshMessage({ type: 'refresh-feeds' }) // -> true
 */
export const isRefreshMessage = (message: unknown): boolean => (message as { type?: unknown } | null | undefined)?.type === REFRESH_MESSAGE.type;

/** The message an extension page sends the background to stop the feed refresh under way. */
export const CANCEL_REFRESH_MESSAGE = { type: 'cancel-feed-refresh' } as const;

/**
 * Whether a runtime message asks the background to stop the feed refresh under way.
 * @example isCancelRefreshMessage({ type: 'cancel-feed-refresh' }) // -> true
 */
export const isCancelRefreshMessage = (message: unknown): boolean => (message as { type?: unknown } | null | undefined)?.type === CANCEL_REFRESH_MESSAGE.type;
