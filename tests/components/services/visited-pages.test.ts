import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCorpusStore } from '../../../components/services/corpus-store';
import { writeSourceSettings } from '../../../components/services/source-settings';
import { keepVisited } from '../../../components/services/visited-pages';
import { FLOODS } from '../fixtures';

const tab = (change: Partial<Browser.tabs.Tab> = {}) => ({ id: 4, index: 0, url: 'https://valley.example/floods', incognito: false, ...change }) as Browser.tabs.Tab;
const sender = (change: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: tab(), frameId: 0, url: 'https://valley.example/floods', ...change });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keepVisited', () => {
  it.each<[string, { remember: boolean; excludedSites?: string[] }, unknown, Browser.runtime.MessageSender, string]>([
    ['remembering on, an article in a normal tab: kept', { remember: true }, FLOODS, sender(), 'kept'],
    ['remembering off (the default)', { remember: false }, FLOODS, sender(), 'off'],
    ['a private window', { remember: true }, FLOODS, sender({ tab: tab({ incognito: true }) }), 'private'],
    ['a frame inside the page', { remember: true }, FLOODS, sender({ frameId: 3 }), 'frame'],
    ['an excluded site', { remember: true, excludedSites: ['valley.example'] }, FLOODS, sender(), 'excluded'],
    ['a browser page (by the tab, whatever the page says)', { remember: true }, FLOODS, sender({ tab: tab({ url: 'chrome://newtab' }) }), 'restricted'],
    ['another extension', { remember: true }, FLOODS, sender({ id: 'someone-else' }), 'restricted'],
    ['an extension page (no tab)', { remember: true }, FLOODS, sender({ tab: undefined }), 'restricted'],
    ['page data that is not an article', { remember: true }, { id: 'x', title: 5 }, sender(), 'not-an-article'],
  ])('%s -> %s', async (_case, settings, article, from, outcome) => {
    await writeSourceSettings(settings);
    // The store keepVisited opens is the page's one store (opened once): count what this case adds.
    const store = await openCorpusStore();
    await store.remove((await store.list({ source: 'visited', offset: 0, limit: 100, sort: 'newest' })).entries.map((e) => e.docNo));
    expect(await keepVisited(article, from)).toBe(outcome);
    expect((await store.summary()).bySource.visited ?? 0).toBe(outcome === 'kept' ? 1 : 0);
  });
});
