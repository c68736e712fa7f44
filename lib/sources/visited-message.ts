/** The message the visit script sends the background with the article it found on a page. */
export const VISITED_MESSAGE = 'outlet-diff:visited';

export interface VisitedMessage {
  type: typeof VISITED_MESSAGE;
  /** Page data: checked again by the background before anything is kept. */
  article: unknown;
}

/**
 * True for a visit script's message (the shape only; the sender is checked apart).
 * @example isVisitedMessage({ type: 'outlet-diff:visited', article: {} }) // -> true
 */
export function isVisitedMessage(message: unknown): message is VisitedMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === VISITED_MESSAGE;
}
