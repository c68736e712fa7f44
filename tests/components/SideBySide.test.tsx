// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SideBySide, type SideBySideDeps } from '../../components/SideBySide';
import { TEST_IDS } from '../../components/test-ids';
import type { Article } from '../../lib/types';
import type { SideBySideHandoff } from '../../lib/ui/types';
import { installFakeI18n } from './fake-i18n';
import { FLOODS, HOSTILE, corpusArticle } from './fixtures';
import { byTestId, click, mount, unmountAll, waitFor } from './mount';

const handoff: SideBySideHandoff = { articles: ['000', '001', '002'].map(corpusArticle), a: '000', b: '001' };

function deps(overrides: Partial<SideBySideDeps> = {}): SideBySideDeps {
  return {
    loadHandoff: () => Promise.resolve(handoff),
    requestTabAccess: vi.fn(async () => true),
    listTabs: vi.fn(async () => [{ id: 7, title: 'Floods in Bavaria', url: 'https://valley.example/floods' }]),
    readTab: vi.fn(async () => ({ result: { ok: true as const, article: FLOODS, readerable: true }, selection: '', url: FLOODS.url!, title: FLOODS.title })),
    download: vi.fn(),
    print: vi.fn(),
    links: { hasAccess: vi.fn(async () => true), requestAccess: vi.fn(async () => true), read: vi.fn(async () => ({ ok: true as const, article: FLOODS })), keep: vi.fn(async () => undefined) },
    ...overrides,
  };
}

async function open(d: SideBySideDeps) {
  const root = mount(<SideBySide deps={d} />);
  await waitFor(() => byTestId(root, TEST_IDS.sideBySide)[0]?.dataset.state !== 'loading');
  return root;
}

const column = (root: HTMLElement, id: string) => byTestId(root, id)[0]!;
const rows = (root: HTMLElement, id: string) => byTestId(column(root, id), TEST_IDS.row);
const select = (root: HTMLElement, id: string, value: string) => {
  const element = byTestId(root, id)[0] as HTMLSelectElement;
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const key = (k: string) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

beforeEach(installFakeI18n);
afterEach(unmountAll);

describe('SideBySide', () => {
  it('shows two columns with one row per group, row i beside row i', async () => {
    const root = await open(deps());
    expect(byTestId(root, TEST_IDS.sideBySide)[0]?.dataset.state).toBe('ready');
    const a = rows(root, TEST_IDS.columnA);
    const b = rows(root, TEST_IDS.columnB);
    expect(a.length).toBeGreaterThan(5);
    expect(a.map((r) => r.dataset.kind)).toEqual(b.map((r) => r.dataset.kind));
    expect(a.map((r) => r.dataset.row)).toEqual(b.map((r) => r.dataset.row));
    // Unaligned sentences: an added row is empty in the other column, an omitted one in this column.
    const added = a.findIndex((r) => r.dataset.kind === 'added');
    const omitted = a.findIndex((r) => r.dataset.kind === 'omitted');
    expect(b[added]?.classList.contains('empty')).toBe(true);
    expect(a[omitted]?.classList.contains('empty')).toBe(true);
    expect(column(root, TEST_IDS.columnA).textContent).toContain(corpusArticle('000').outlet);
    expect(byTestId(root, TEST_IDS.legend)).toHaveLength(1);
  });

  it('says when the comparison is gone', async () => {
    const root = await open(deps({ loadHandoff: () => Promise.resolve(undefined) }));
    expect(byTestId(root, TEST_IDS.sideBySide)[0]?.dataset.state).toBe('missing');
    expect(byTestId(root, TEST_IDS.status)[0]?.textContent).toMatch(/no longer available/);
  });

  it('pickers choose the outlets of each column', async () => {
    const root = await open(deps());
    const before = column(root, TEST_IDS.columnB).textContent;
    select(root, TEST_IDS.pickB, '002');
    expect(column(root, TEST_IDS.columnB).textContent).not.toBe(before);
    expect(column(root, TEST_IDS.columnB).textContent).toContain(corpusArticle('002').outlet);
    select(root, TEST_IDS.pickA, '002');
    expect(rows(root, TEST_IDS.columnA)).toHaveLength(0);
    expect(byTestId(root, TEST_IDS.status)[0]?.textContent).toMatch(/two different articles/);
  });

  it('j / k and the arrow keys move focus between changed rows', async () => {
    const root = await open(deps());
    const a = rows(root, TEST_IDS.columnA);
    // Rows that claim a change: neither the same nor uncertain (no claim either way), which the keys pass over.
    const changed = a.filter((r) => r.dataset.kind !== 'same' && r.dataset.kind !== 'uncertain').map((r) => r.dataset.row);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    key('j');
    expect((document.activeElement as HTMLElement).dataset.row).toBe(changed[0]);
    key('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.row).toBe(changed[1]);
    key('k');
    expect((document.activeElement as HTMLElement).dataset.row).toBe(changed[0]);
    expect(rows(root, TEST_IDS.columnB).find((r) => r.dataset.row === changed[0])?.classList.contains('current')).toBe(true);
    expect((document.activeElement as HTMLElement).getAttribute('tabindex')).toBe('0');
  });

  it('scrolling one column scrolls the other', async () => {
    const root = await open(deps());
    const a = column(root, TEST_IDS.columnA);
    const b = column(root, TEST_IDS.columnB);
    act(() => {
      a.scrollTop = 120;
      a.dispatchEvent(new Event('scroll'));
    });
    expect(b.scrollTop).toBe(a.scrollTop);
  });

  it.each([
    [TEST_IDS.exportMarkdown, /\.md$/, 'text/markdown', /^# a: /],
    [TEST_IDS.exportHtml, /\.html$/, 'text/html', /^<!doctype html>/],
  ])('%s downloads the comparison', async (id, name, mime, content) => {
    const d = deps();
    const root = await open(d);
    click(byTestId(root, id)[0]);
    const [fileName, type, text] = vi.mocked(d.download).mock.calls[0]!;
    expect(fileName).toMatch(name);
    expect(type).toBe(mime);
    expect(text).toMatch(content);
  });

  it('the HTML export keeps hostile article text escaped', async () => {
    const hostile: Article = { ...FLOODS, id: 'h', text: `${FLOODS.text}\n\nA last line ${HOSTILE}.` };
    const d = deps({ loadHandoff: () => Promise.resolve({ articles: [hostile, FLOODS], a: 'h', b: 'floods' }) });
    const root = await open(d);
    expect(root.querySelector('script, img')).toBeNull();
    click(byTestId(root, TEST_IDS.exportHtml)[0]);
    const html = vi.mocked(d.download).mock.calls[0]![2];
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('compare with another open tab: asks for access, lists tabs, reads the chosen one into column B', async () => {
    const d = deps();
    const root = await open(d);
    click(byTestId(root, TEST_IDS.compareTab)[0]);
    const choice = await waitFor(() => byTestId(root, TEST_IDS.tabChoice)[0]);
    expect(d.requestTabAccess).toHaveBeenCalledTimes(1);
    expect(choice.dataset.tabId).toBe('7');
    click(choice);
    await waitFor(() => column(root, TEST_IDS.columnB).textContent?.includes('Valley Post'));
    expect(d.readTab).toHaveBeenCalledWith(7);
    expect((byTestId(root, TEST_IDS.pickB)[0] as HTMLSelectElement).value).toBe('floods');
  });

  it.each<[string, Partial<SideBySideDeps>, RegExp]>([
    ['access refused', { requestTabAccess: async () => false }, /Without permission/],
    ['no other tab', { listTabs: async () => [] }, /No other tab/],
  ])('compare with another open tab: %s is said in words', async (_case, overrides, message) => {
    const root = await open(deps(overrides));
    click(byTestId(root, TEST_IDS.compareTab)[0]);
    await waitFor(() => message.test(byTestId(root, TEST_IDS.status)[0]?.textContent ?? ''));
    expect(byTestId(root, TEST_IDS.tabChoice)).toHaveLength(0);
  });

  it('a tab that is not an article is reported, and nothing changes', async () => {
    const d = deps({ readTab: async () => ({ result: { ok: false, reason: 'not-an-article', message: 'x' }, selection: '', url: '', title: '' }) });
    const root = await open(d);
    const before = column(root, TEST_IDS.columnB).textContent;
    click(byTestId(root, TEST_IDS.compareTab)[0]);
    click(await waitFor(() => byTestId(root, TEST_IDS.tabChoice)[0]));
    await waitFor(() => /could not be read/.test(byTestId(root, TEST_IDS.status)[0]?.textContent ?? ''));
    expect(column(root, TEST_IDS.columnB).textContent).toBe(before);
  });
});

describe('SideBySide: a link to read', () => {
  const withLink = (extra: Partial<SideBySideHandoff> = {}) => () => Promise.resolve<SideBySideHandoff>({ articles: [corpusArticle('000')], a: '000', link: 'https://valley.example/floods', ...extra });
  const panel = (root: HTMLElement) => byTestId(root, TEST_IDS.linkPanel)[0];
  const linkStatus = (root: HTMLElement) => byTestId(root, TEST_IDS.linkStatus)[0]?.textContent ?? '';

  it('an allowed site: read at once, kept, and shown beside this article', async () => {
    const d = deps({ loadHandoff: withLink() });
    const root = await open(d);
    await waitFor(() => panel(root)?.dataset.state === 'done');
    expect(d.links.requestAccess).not.toHaveBeenCalled();
    expect(d.links.read).toHaveBeenCalledWith('https://valley.example/floods');
    expect(d.links.keep).toHaveBeenCalledWith(FLOODS);
    expect(linkStatus(root)).toBe(`Added ${FLOODS.outlet} from the link; it is kept in your corpus.`);
    expect(column(root, TEST_IDS.columnA).textContent).toContain(corpusArticle('000').outlet);
    expect(column(root, TEST_IDS.columnB).textContent).toContain(FLOODS.title);
    expect(rows(root, TEST_IDS.columnA).length).toBe(rows(root, TEST_IDS.columnB).length);
  });

  it.each<[string, boolean, string, string]>([
    ['allowed in the click: read, kept, shown', true, 'done', `Added ${FLOODS.outlet} from the link; it is kept in your corpus.`],
    ['refused: says so, and offers to ask again', false, 'denied', 'Not read: access to valley.example was not allowed.'],
  ])('a site not allowed yet: "Allow access to valley.example" asks in the click (%s)', async (_case, grant, state, text) => {
    const d = deps({ loadHandoff: withLink() });
    d.links.hasAccess = vi.fn(async () => false);
    d.links.requestAccess = vi.fn(async () => grant);
    const root = await open(d);
    await waitFor(() => panel(root)?.dataset.state === 'ask');
    expect(d.links.read).not.toHaveBeenCalled();
    expect(linkStatus(root)).toMatch(/needs your permission to contact valley\.example/);
    const allow = byTestId(root, TEST_IDS.linkAllow)[0]!;
    expect(allow.textContent).toBe('Allow access to valley.example');
    click(allow);
    expect(d.links.requestAccess).toHaveBeenCalledWith('https://valley.example/floods');
    await waitFor(() => panel(root)?.dataset.state === state);
    expect(linkStatus(root)).toBe(text);
    expect(byTestId(root, TEST_IDS.linkAllow).length).toBe(grant ? 0 : 1);
    expect(d.links.keep).toHaveBeenCalledTimes(grant ? 1 : 0);
  });

  it.each<[string, Partial<SideBySideDeps['links']>, string]>([
    ['blocked (403)', { read: async () => ({ ok: false, problem: { kind: 'http-status', url: 'u', status: 403, problem: 'blocked' } }) }, 'Not read: the site refused the request (blocked, HTTP 403).'],
    ['timed out', { read: async () => ({ ok: false, problem: { kind: 'timeout', url: 'u', ms: 20_000 } }) }, 'Not read: the site did not answer in time (20 seconds).'],
    ['too large', { read: async () => ({ ok: false, problem: { kind: 'too-large', url: 'u', maxBytes: 5 * 1024 * 1024 } }) }, 'Not read: the page is larger than 5 MB.'],
    ['not an article', { read: async () => ({ ok: false, problem: { kind: 'not-an-article', url: 'u' } }) }, 'The linked page is not a news article.'],
    ['a paywall', { read: async () => ({ ok: false, problem: { kind: 'paywall', url: 'u' } }) }, 'The linked article is behind a paywall.'],
    ['the read throws', { read: async () => Promise.reject(new Error('boom')) }, 'Not read: the site could not be reached.'],
  ])('a link that gives no article (%s): one line, nothing kept, this article alone', async (_case, links, text) => {
    const d = deps({ loadHandoff: withLink() });
    Object.assign(d.links, links);
    const root = await open(d);
    await waitFor(() => panel(root)?.dataset.state === 'failed');
    expect(linkStatus(root)).toBe(text);
    expect(d.links.keep).not.toHaveBeenCalled();
    expect(rows(root, TEST_IDS.columnB)).toEqual([]);
  });

  it('the store refuses it: still compared, and said not kept', async () => {
    const d = deps({ loadHandoff: withLink() });
    d.links.keep = vi.fn(async () => Promise.reject(new Error('full')));
    const root = await open(d);
    await waitFor(() => panel(root)?.dataset.state === 'done');
    expect(linkStatus(root)).toBe(`Added ${FLOODS.outlet} from the link (it could not be kept in your corpus).`);
    expect(column(root, TEST_IDS.columnB).textContent).toContain(FLOODS.title);
  });

  it('from the link menu on a page that is not an article: the linked article alone, said so', async () => {
    const d = deps({ loadHandoff: withLink({ articles: [], a: '' }) });
    const root = await open(d);
    await waitFor(() => panel(root)?.dataset.state === 'done');
    expect(column(root, TEST_IDS.columnA).textContent).toContain(FLOODS.outlet);
    expect(byTestId(root, TEST_IDS.status)[0]?.textContent).toBe('The page you were on is not an article; the linked article is shown on its own.');
  });

  it('no link in the handoff: no link panel, nothing read', async () => {
    const d = deps();
    const root = await open(d);
    expect(panel(root)).toBeUndefined();
    expect(d.links.hasAccess).not.toHaveBeenCalled();
  });
});
