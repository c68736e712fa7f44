import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSourceSettings, SOURCE_SETTINGS_KEY, writeSourceSettings } from '../../../components/services/source-settings';

beforeEach(() => fakeBrowser.reset());

describe('source settings', () => {
  it.each<[string, unknown, { remember: boolean; excludedSites: string[] }]>([
    ['never set: everything off', undefined, { remember: false, excludedSites: [] }],
    ['set', { remember: true, excludedSites: ['bank.test'] }, { remember: true, excludedSites: ['bank.test'] }],
    ['remember not exactly true: off', { remember: 'yes', excludedSites: [] }, { remember: false, excludedSites: [] }],
    ['sites not a list: none', { remember: true, excludedSites: 'bank.test' }, { remember: true, excludedSites: [] }],
    ['non-text sites dropped', { remember: false, excludedSites: ['a.test', 3, null] }, { remember: false, excludedSites: ['a.test'] }],
  ])('%s', async (_case, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [SOURCE_SETTINGS_KEY]: stored });
    expect(await readSourceSettings()).toEqual(expected);
  });

  it('a change keeps the rest', async () => {
    await writeSourceSettings({ excludedSites: ['bank.test'] });
    expect(await writeSourceSettings({ remember: true })).toEqual({ remember: true, excludedSites: ['bank.test'] });
    expect(await readSourceSettings()).toEqual({ remember: true, excludedSites: ['bank.test'] });
  });
});
