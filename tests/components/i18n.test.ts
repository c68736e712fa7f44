import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../components/i18n';
import { installFakeI18n } from './fake-i18n';

const messages = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

beforeEach(installFakeI18n);

describe('t', () => {
  it.each<[Parameters<typeof t>[0], Parameters<typeof t>[1], string]>([
    ['appTitle', undefined, 'Outlet Diff'],
    ['wordCount', 1234, '1234 words'],
    ['consensusCount', ['3', '4'], '3 of 4 outlets'],
    ['summaryPart', ['Added', 2, '12%'], 'Added: 2 sentences, 12% of words'],
  ])('%s', (key, subs, text) => {
    expect(t(key, subs)).toBe(text);
  });

  it('falls back to the key when a message is missing', () => {
    expect(t('nope' as Parameters<typeof t>[0])).toBe('nope');
  });
});

describe('messages.json', () => {
  it.each(Object.entries(messages))('%s: a valid message whose placeholders are all defined', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(entry.message.trim()).not.toBe('');
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    expect(new Set(used)).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
  });

  it('names and describes the extension for the manifest', () => {
    expect(messages.extName?.message).toBe('Outlet Diff');
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
