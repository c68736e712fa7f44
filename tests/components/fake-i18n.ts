import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, Message>;

/**
 * The fake browser has no i18n: this resolves messages from the real en messages.json the way the
 * browsers do ($NAME$ -> placeholder content -> $1..$9 substitution), so views render their real text.
 */
export function installFakeI18n(): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    return withPlaceholders.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
