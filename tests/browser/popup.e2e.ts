/**
 * The popup, opened by a simulated toolbar click on real pages (tests/browser/pages), checked through
 * the DOM contract (components/test-ids.ts): its state on a corpus article, an unrelated story, link
 * pages and a browser page; the matches and the comparison it renders; its text-to-screen time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCoverage } from './expected-coverage';
import { GROUP_KINDS } from './dom-contract';
import { byTestId, ExtensionSession, waitForPopupState, type PageInfo } from './harness';
import { selectLeadTeaser } from './select-lead-teaser';

const DECISIONS = ['this-article', 'same-story', 'related', 'unrelated'];
const KINDS: readonly string[] = GROUP_KINDS;
async function matchesOf(popup: Page) {
  return popup.locator(byTestId('match')).evaluateAll((elements) =>
    elements.map((e) => ({ id: e.getAttribute('data-article-id'), decision: e.getAttribute('data-decision'), text: (e.textContent ?? '').trim() })),
  );
}

async function groupKinds(popup: Page): Promise<string[]> {
  return popup.locator(byTestId('group')).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-kind') ?? ''));
}

describe('popup', () => {
  let session: ExtensionSession;
  /** The popup's own measure (text arrived -> first result painted), where it exposes one. */
  const timings: { page: string; ms: number }[] = [];
  /** Toolbar click -> settled popup state, as the test sees it (includes opening the popup and extraction). */
  const clicks: { page: string; ms: number }[] = [];

  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    console.log(`od:text-to-screen: ${timings.map((t) => `${t.page} ${t.ms.toFixed(0)} ms`).join('; ') || 'not exposed by the popup'}`);
    console.log(`toolbar click -> settled state: ${clicks.map((t) => `${t.page} ${t.ms.toFixed(0)} ms`).join('; ')}`);
    await session?.close();
  });

  /** Opens `info`'s page, clicks the toolbar button and waits for one of `states`. */
  async function popupOn(info: PageInfo, states: Parameters<typeof waitForPopupState>[1]) {
    const page = await session.open(info.path);
    const started = performance.now();
    const popup = await session.openPopupFor(page);
    const state = await waitForPopupState(popup, states);
    clicks.push({ page: `${info.kind}${info.corpusId ? ` ${info.corpusId}` : ''}`, ms: performance.now() - started });
    return { page, popup, state };
  }

  async function recordTiming(popup: Page, label: string) {
    const entries = await popup.evaluate(() => performance.getEntriesByName('od:text-to-screen').map((e) => e.duration));
    if (entries.length) timings.push({ page: label, ms: entries[entries.length - 1]! });
  }

  it('on a corpus article: this-article or ready, with the other outlets as matches', async () => {
    const info = session.page('corpus-article', '001');
    const { page, popup } = await popupOn(info, ['this-article', 'ready']);
    const matches = await matchesOf(popup);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(DECISIONS).toContain(m.decision);
      expect(m.id).toBeTruthy();
    }
    // The matches lib/ finds in Node for the same page are the ones shown.
    const expected = (await expectedCoverage(info)).matches.filter((m) => m.decision === 'same-story').map((m) => m.article.id);
    const shownSameStory = matches.filter((m) => m.decision === 'same-story').map((m) => m.id);
    expect(shownSameStory).toContain(expected[0]);
    expect(shownSameStory).not.toContain(info.corpusId);
    // The popup says which article this is.
    await expect(popup.locator(byTestId('thisArticle')).first().innerText()).resolves.toContain(info.title.slice(0, 30));
    await popup.close();
    await page.close();
  });

  it('on a corpus article: shows the comparison word by word (groups by kind, ins/del highlights)', async () => {
    const info = session.page('corpus-article', '000');
    const { page, popup, state } = await popupOn(info, ['this-article', 'ready']);
    if ((await popup.locator(byTestId('group')).count()) === 0) {
      // Nothing compared yet: pick the best same-story match, as a reader would.
      expect(state).toBe('this-article');
      await popup.locator(`${byTestId('match')}[data-decision="same-story"]`).first().click();
    }
    await popup.locator(byTestId('group')).first().waitFor({ timeout: 15_000 });
    await waitForPopupState(popup, ['ready', 'this-article']);
    const kinds = await groupKinds(popup);
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) expect(KINDS).toContain(kind);
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(2);
    // Word-level highlights inside the reworded groups.
    const reworded = popup.locator(`${byTestId('group')}[data-kind="reworded"]`);
    if (kinds.includes('reworded')) await expect(reworded.locator('ins, del').count()).resolves.toBeGreaterThan(0);
    await expect(popup.locator(`${byTestId('group')} ins, ${byTestId('group')} del`).count()).resolves.toBeGreaterThan(0);
    // The groups carry this page's own text.
    const firstSentence = (await expectedCoverage(info)).article.text.split(/(?<=[.!?])\s/)[0]!.slice(0, 40);
    await expect(popup.locator(byTestId('popup')).innerText()).resolves.toContain(firstSentence.split(' ').slice(0, 4).join(' '));
    await expect(popup.locator(byTestId('summary')).count()).resolves.toBeGreaterThan(0);
    await recordTiming(popup, `corpus article ${info.corpusId}`);
    await session.screenshot(popup, 'popup');
    await popup.locator(byTestId('summary')).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await session.screenshot(popup, 'popup-comparison');
    await popup.close();
    await page.close();
  });

  it('filters the groups by kind and restores them', async () => {
    const { page, popup, state } = await popupOn(session.page('corpus-article', '002'), ['this-article', 'ready']);
    if ((await popup.locator(byTestId('group')).count()) === 0) {
      expect(state).toBe('this-article');
      await popup.locator(`${byTestId('match')}[data-decision="same-story"]`).first().click();
    }
    await popup.locator(byTestId('group')).first().waitFor({ timeout: 15_000 });
    const all = await groupKinds(popup);
    for (const kind of ['added', 'omitted', 'reworded'] as const) {
      const button = popup.locator(`${byTestId('filter')}[data-filter="${kind}"]`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => groupKinds(popup)).toEqual(all.filter((k) => k === kind));
    }
    await popup.locator(`${byTestId('filter')}[data-filter="all"]`).click();
    await expect.poll(() => groupKinds(popup)).toEqual(all);
    await popup.close();
    await page.close();
  });

  it('hides minor changes (quotes, punctuation, spelling) on request and shows them again', async () => {
    const visibleMarks = (popup: Page, minor: boolean) =>
      popup.locator(`${byTestId('group')} :is(ins, del)${minor ? '[data-minor="true"]' : ':not([data-minor="true"])'}`).evaluateAll(
        (marks) => marks.filter((m) => (m as HTMLElement).offsetParent !== null || (m as HTMLElement).getClientRects().length > 0).length,
      );
    // A corpus page whose comparison has minor changes (curly vs straight quotes are common).
    for (const info of session.pages.filter((p) => p.kind === 'corpus-article')) {
      const { page, popup, state } = await popupOn(info, ['this-article', 'ready']);
      if ((await popup.locator(byTestId('group')).count()) === 0) {
        expect(state).toBe('this-article');
        await popup.locator(`${byTestId('match')}[data-decision="same-story"]`).first().click();
      }
      await popup.locator(byTestId('group')).first().waitFor({ timeout: 15_000 });
      const minor = await visibleMarks(popup, true);
      if (minor === 0) {
        await popup.close();
        await page.close();
        continue;
      }
      const major = await visibleMarks(popup, false);
      await popup.locator(byTestId('hideMinor')).check();
      await expect.poll(() => visibleMarks(popup, true)).toBe(0);
      expect(await visibleMarks(popup, false)).toBe(major);
      await popup.locator(byTestId('hideMinor')).uncheck();
      await expect.poll(() => visibleMarks(popup, true)).toBe(minor);
      await popup.close();
      await page.close();
      return;
    }
    throw new Error('no corpus page compared with minor changes: nothing to hide');
  });

  it('on an unrelated story: no-coverage, the sources on offer (no unrelated article listed) and an offer to save', async () => {
    const { page, popup } = await popupOn(session.page('unrelated-article'), ['no-coverage']);
    const matches = await matchesOf(popup);
    for (const m of matches) expect(m.decision).toBe('related');
    await expect(popup.locator(byTestId('sourceOffer')).count()).resolves.toBe(3);
    await expect(popup.locator(byTestId('saveArticle')).isVisible()).resolves.toBe(true);
    await recordTiming(popup, 'unrelated story');
    await session.screenshot(popup, 'popup-no-coverage');
    await popup.close();
    await page.close();
  });

  it.each(['/meridian/index.html', '/meridian/search.html'])('on a page of links (%s): not-article', async (path) => {
    const info = session.pages.find((p) => p.path === path);
    expect(info?.kind).toBe('not-article');
    const { page, popup } = await popupOn(info!, ['not-article']);
    await expect(popup.locator(byTestId('group')).count()).resolves.toBe(0);
    await popup.close();
    await page.close();
  });

  it('on a page of links with text selected: offers to compare the selection, which finds the story', async () => {
    const page = await session.open('/meridian/index.html');
    // Without a selection there is nothing to offer.
    const bare = await session.openPopupFor(page);
    await waitForPopupState(bare, ['not-article']);
    await expect(bare.locator(byTestId('compareSelection')).count()).resolves.toBe(0);
    await bare.close();
    // The reader selects the lead teaser, then clicks the toolbar button.
    await page.evaluate(selectLeadTeaser);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['not-article']);
    await popup.locator(byTestId('compareSelection')).click();
    await popup.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('data-state') !== 'not-article', byTestId('popup'), { timeout: 15_000 });
    await waitForPopupState(popup, ['ready', 'this-article']);
    const sameStory = (await matchesOf(popup)).filter((m) => m.decision === 'same-story');
    expect(sameStory.length).toBeGreaterThan(0);
    await expect(popup.locator(byTestId('popup')).innerText()).resolves.toContain('Pyongyang airport');
    await popup.close();
    await page.close();
  });

  it.each(['chrome://version', 'about:blank'])('on a browser page (%s): restricted', async (url) => {
    const page = await session.open(url);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['restricted']);
    await expect(popup.locator(byTestId('popup')).innerText()).resolves.not.toBe('');
    await popup.close();
    await page.close();
  });

  // Reliability pages: each must settle in a sensible state, never "error".
  it.each([
    ['huge-article', ['no-coverage']],
    ['rtl-article', ['no-coverage']],
    ['cjk-article', ['no-coverage']],
    ['amp-article', ['this-article', 'ready']],
    ['framed-article', ['not-article', 'this-article', 'ready']],
  ] as const)('on the %s page: %j', async (kind, states) => {
    const { page, popup } = await popupOn(session.page(kind), states);
    if (kind === 'rtl-article') {
      // Right-to-left text reads right to left in the popup too.
      const title = popup.locator(byTestId('thisArticle')).getByText(session.page(kind).title);
      await expect(title.evaluate((e) => getComputedStyle(e).direction)).resolves.toBe('rtl');
    }
    if (kind === 'huge-article') {
      await recordTiming(popup, 'huge article (21,000 words)');
      // Only part of a huge page is compared, and the popup says so.
      await expect(popup.locator(byTestId('capNotice')).first().innerText()).resolves.toMatch(/\d/);
    }
    await popup.close();
    await page.close();
  });

  it('opens the reader\'s corpus (the options page) from the popup', async () => {
    const { page, popup } = await popupOn(session.page('unrelated-article'), ['no-coverage']);
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(session.extensionUrl('')) && p !== popup, timeout: 10_000 });
    await popup.locator(byTestId('openOptions')).first().click();
    const options = await opened;
    await options.locator(byTestId('options')).first().waitFor({ timeout: 10_000 });
    await expect(options.locator(byTestId('bundledArticle')).count()).resolves.toBe(5);
    await options.close();
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
