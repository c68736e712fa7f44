/**
 * The message a page that is about to close (the popup, after a save) sends the background: finish the
 * upkeep after this change, since the page's own pass ends when it closes.
 */
export const UPKEEP_MESSAGE = { type: 'finish-upkeep' } as const;

/**
 * Whether a runtime message asks the background to finish the upkeep.
 * @example isUpkeepMessage({ type: 'finish-upkeep' }) // -> true
 */
export const isUpkeepMessage = (message: unknown): boolean => (message as { type?: unknown } | null | undefined)?.type === UPKEEP_MESSAGE.type;
