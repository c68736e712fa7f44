import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readHandoff } from '../../../components/services/handoff';
import { openLinkComparison } from '../../../components/services/link-menu-click';
import type { PageExtraction } from '../../../lib/ui/types';
import { FLOODS } from '../fixtures';

const LINK = 'https://other.example/report';
const page = (result: PageExtraction['result']): PageExtraction => ({ result, selection: '', url: FLOODS.url!, title: FLOODS.title });
const executeScript = vi.fn();
const create = vi.fn();

/** The tab the reader right-clicked in: the third tab of window 4. */
const tabOf = (extra: Partial<Browser.tabs.Tab> = {}) => ({ id: 7, index: 2, windowId: 4, url: FLOODS.url, incognito: false, ...extra }) as Browser.tabs.Tab;

/** The side-by-side page that was opened, and what was handed to it through session storage. */
async function opened() {
  expect(create).toHaveBeenCalledTimes(1);
  const [{ url, ...where }] = create.mock.calls[0] as [{ url: string; index?: number; windowId?: number }];
  const [page, id = ''] = url.split('#');
  return { page, where, handoff: await readHandoff(id) };
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  create.mockReset().mockResolvedValue({});
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.tabs.create = create as unknown as typeof fakeBrowser.tabs.create;
});

describe('openLinkComparison (the link menu click)', () => {
  it('reads the tab, hands its article and the link over, and opens sidebyside.html right after the tab, in its window', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: page({ ok: true, article: FLOODS, readerable: true }) }]);
    await openLinkComparison(`${LINK}#comments`, tabOf());
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/extract.js'] });
    // The fragment never reaches the server: the link is handed over without it.
    expect(await opened()).toEqual({ page: fakeBrowser.runtime.getURL('/sidebyside.html'), where: { index: 3, windowId: 4 }, handoff: { articles: [FLOODS], a: FLOODS.id, link: LINK } });
  });

  it.each<[string, Partial<Browser.tabs.Tab>, () => void]>([
    ['a browser page (not scripted)', { url: 'chrome://newtab/' }, () => undefined],
    ['a page that is not an article', {}, () => void executeScript.mockResolvedValue([{ frameId: 0, result: page({ ok: false, reason: 'not-an-article', message: 'No article here.' }) }])],
    ['a page the script fails on', {}, () => void executeScript.mockRejectedValue(new Error('x is not a function'))],
  ])('right-clicked on %s: the linked article is opened on its own', async (_case, tab, setUp) => {
    setUp();
    await openLinkComparison(LINK, tabOf(tab));
    expect(await opened()).toMatchObject({ where: { index: 3, windowId: 4 }, handoff: { articles: [], a: '', link: LINK } });
  });

  it('a tab without a position (none given by the browser): opened in its window, wherever the browser puts it', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: page({ ok: true, article: FLOODS, readerable: true }) }]);
    await openLinkComparison(LINK, tabOf({ index: undefined }));
    expect((await opened()).where).toEqual({ windowId: 4 });
  });

  it.each([
    ['in a private (incognito) window: nothing from it is read or kept', LINK, tabOf({ incognito: true })],
    ['with no tab (the click came from outside one)', LINK, undefined],
    ['on a mailto: link', 'mailto:desk@news.example', tabOf()],
    ['on a javascript: link', 'javascript:void(0)', tabOf()],
    ['on a browser page link', 'chrome://settings', tabOf()],
    ['on a file link', 'file:///home/reader/a.html', tabOf()],
    ['with no link', undefined, tabOf()],
  ])('does nothing %s', async (_case, link, tab) => {
    executeScript.mockResolvedValue([{ frameId: 0, result: page({ ok: true, article: FLOODS, readerable: true }) }]);
    await openLinkComparison(link, tab);
    expect(executeScript).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
