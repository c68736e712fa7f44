import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFromTab, readActiveTab, readTab } from '../../../components/services/read-tab';
import type { PageExtraction } from '../../../lib/ui/types';
import { FLOODS } from '../fixtures';

const extraction: PageExtraction = { result: { ok: true, article: FLOODS, readerable: true }, selection: '', url: FLOODS.url!, title: FLOODS.title };
const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
});

describe('reading a tab', () => {
  it('injects the runtime content script by file, into that tab only', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: extraction }]);
    expect(await extractFromTab(3)).toEqual(extraction);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/extract.js'] });
  });

  it.each(['chrome://settings', 'https://addons.mozilla.org/en-US/firefox/', 'about:blank', undefined])('a restricted URL (%s) is not scripted', async (url) => {
    expect(await readTab(3, url)).toEqual({ kind: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a page the browser refuses to script is restricted', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of url "file:///a.html".'));
    expect(await readTab(3, 'file:///a.html')).toEqual({ kind: 'restricted' });
  });

  it.each([
    ['a PDF viewer', 'application/pdf', { kind: 'restricted' }],
    ['an image viewer', 'image/jpeg', { kind: 'restricted' }],
    ['an HTML page', 'text/html', { kind: 'page', page: { ...extraction, contentType: 'text/html' } }],
  ])('a page scripted fine but shown in %s (%s): %j', async (_case, contentType, expected) => {
    executeScript.mockResolvedValue([{ frameId: 0, result: { ...extraction, contentType } }]);
    expect(await readTab(3, 'https://news.example/files/report')).toEqual(expected);
  });

  it.each([
    ['a bug in the script', () => executeScript.mockRejectedValue(new Error('x is not a function'))],
    ['no result', () => executeScript.mockResolvedValue([{ frameId: 0, result: undefined }])],
  ])('%s is an error, not a restricted page', async (_case, setUp) => {
    setUp();
    await expect(readTab(3, 'https://news.example/a')).rejects.toThrow();
  });

  it('reads the active tab of the current window', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: extraction }]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story', active: true });
    fakeBrowser.tabs.query = vi.fn(async () => [tab]) as unknown as typeof fakeBrowser.tabs.query;
    expect(await readActiveTab()).toEqual({ kind: 'page', page: extraction });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/extract.js'] });
  });
});
