import { browser } from 'wxt/browser';

/**
 * The message a page about to close sends the background after a change (the popup after a save, the
 * side-by-side page after it keeps a link): finish the upkeep, since the page's own pass ends with it.
 */
export const UPKEEP_MESSAGE = { type: 'finish-upkeep' } as const;

/**
 * Whether a runtime message asks the background to finish the upkeep.
 * @example isUpkeepMessage({ type: 'finish-upkeep' }) // -> true
 */
export const isUpkeepMessage = (message: unknown): boolean => (message as { type?: unknown } | null | undefined)?.type === UPKEEP_MESSAGE.type;

/**
 * Hands the upkeep after a change to the background (UPKEEP_MESSAGE) and waits for its answer, which comes
 * at once: a page closed before the answer would log the lost answer as an error (Firefox). A background
 * that cannot be reached is not the change's failure: resolves either way.
 * @example await store.save(article); await handOverUpkeep()
 */
export async function handOverUpkeep(): Promise<void> {
  await browser.runtime.sendMessage(UPKEEP_MESSAGE).catch(() => undefined);
}
