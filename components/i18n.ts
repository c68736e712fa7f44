import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A message name in public/_locales/en/messages.json: a typo is a type error. */
export type MessageKey = keyof typeof messages;

// WXT types getMessage with one overload per message; a key held in a variable needs the plain signature.
const getMessage = (key: string, subs?: string | string[]): string => (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, subs);

/**
 * A UI string in the reader's language. Falls back to the key itself, so a missing message shows up
 * as its name rather than as nothing.
 */
export function t(key: MessageKey, subs?: string | number | Array<string | number>): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return getMessage(key, list) || key;
}
