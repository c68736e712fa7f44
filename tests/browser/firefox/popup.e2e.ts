/**
 * The popup in Firefox, opened by a toolbar click (Firefox's own browser-action code) on real pages and
 * read through the DOM contract (components/test-ids.ts): on a corpus article, the other outlets as lib/
 * finds them, the comparison word by word, switching between outlets and filters; on an unrelated story,
 * pages of links (and a selection on one) and restricted pages (about: pages, view-source:, PDFs in
 * Firefox's viewer), the state each deserves. Prints the toolbar click -> settled state times and the
 * popup's od:text-to-screen measure.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestPage } from '../built-extension';
import { byTestId, GROUP_KINDS, type PopupState } from '../dom-contract';
import { expectedCoverage, expectedGroupKinds } from '../expected-coverage';
import { FirefoxSession, waitForPopupState, type ToolbarPopup } from '../firefox-harness';
import { selectLeadTeaser } from '../select-lead-teaser';
import { smallPdf } from '../small-pdf';

const KINDS: readonly string[] = GROUP_KINDS;
const PDF_PATH = '/files/flood-report.pdf';
const PDF_NO_EXTENSION_PATH = '/files/flood-report';

const matchesOf = (popup: ToolbarPopup) =>
  popup.evaluate((selector: string) => [...document.querySelectorAll(selector)].map((e) => ({ id: e.getAttribute('data-article-id'), decision: e.getAttribute('data-decision'), pressed: e.getAttribute('aria-pressed') })), byTestId('match'));

const groupKinds = (popup: ToolbarPopup) => popup.evaluate((selector: string) => [...document.querySelectorAll(selector)].map((e) => e.getAttribute('data-kind') ?? ''), byTestId('group'));

const textOf = (popup: ToolbarPopup, selector: string) => popup.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);

describe('popup in Firefox', () => {
  let session: FirefoxSession;
  /** Toolbar click -> settled popup state, as the test sees it (opening the popup and reading the page included). */
  const clicks: { page: string; ms: number }[] = [];
  /** The popup's own measure (page text arrived -> first result painted). */
  const timings: { page: string; ms: number }[] = [];

  beforeAll(async () => {
    const pdf = smallPdf();
    session = await FirefoxSession.launch({
      routes: {
        [PDF_PATH]: { type: 'application/pdf', body: () => pdf },
        [PDF_NO_EXTENSION_PATH]: { type: 'application/pdf', body: () => pdf },
      },
    });
  });
  afterAll(async () => {
    console.log(`Firefox toolbar click -> settled state: ${clicks.map((t) => `${t.page} ${t.ms.toFixed(0)} ms`).join('; ')}`);
    console.log(`Firefox od:text-to-screen: ${timings.map((t) => `${t.page} ${t.ms.toFixed(0)} ms`).join('; ') || 'none'}`);
    await session?.close();
  });

  /** Opens a fixture path or URL in a new tab, clicks the toolbar button and waits for one of `states`. */
  async function popupOn(pathOrUrl: string, states: readonly PopupState[], label = pathOrUrl) {
    const page = await session.open(pathOrUrl);
    const started = performance.now();
    const popup = await session.openPopupFor(page);
    const state = await waitForPopupState(popup, states);
    clicks.push({ page: label, ms: performance.now() - started });
    return { page, popup, state };
  }

  async function done(page: Page, popup: ToolbarPopup) {
    await popup.close();
    await page.close();
  }

  /** Makes sure a comparison is shown: on this-article, the reader picks the best same-story match. */
  async function showComparison(popup: ToolbarPopup) {
    if ((await groupKinds(popup)).length === 0) await popup.click(`${byTestId('match')}[data-decision="same-story"]`);
    await popup.waitFor((s: string) => document.querySelectorAll(s).length > 0, 15_000, byTestId('group'));
  }

  it('on a corpus article: says which article this is and lists the other outlets lib/ finds', async () => {
    const info = session.page('corpus-article', '001');
    const { page, popup } = await popupOn(info.path, ['this-article', 'ready'], 'corpus article 001');
    const matches = await matchesOf(popup);
    const expected = (await expectedCoverage(info)).matches.filter((m) => m.decision === 'same-story').map((m) => m.article.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    // The same other outlets, in the same order, as lib/ ranks them in Node.
    expect(matches.filter((m) => m.decision === 'same-story').map((m) => m.id)).toEqual(expected);
    expect(matches.map((m) => m.id)).not.toContain(info.corpusId);
    expect(await textOf(popup, byTestId('thisArticle'))).toContain(info.title.slice(0, 30));
    await done(page, popup);
  });

  it('on a corpus article: shows the comparison word by word (groups by kind, ins/del marks, summary)', async () => {
    const info = session.page('corpus-article', '000');
    const { page, popup } = await popupOn(info.path, ['this-article', 'ready'], 'corpus article 000');
    await showComparison(popup);
    const kinds = await groupKinds(popup);
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) expect(KINDS).toContain(kind);
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(2);
    const marks = await popup.evaluate((s: string) => document.querySelectorAll(`${s} ins, ${s} del`).length, byTestId('group'));
    expect(marks).toBeGreaterThan(0);
    expect(await textOf(popup, byTestId('summary'))).toMatch(/\d/);
    // The groups carry this page's own text.
    const firstWords = (await expectedCoverage(info)).article.text.split(/\s+/).slice(0, 4).join(' ');
    expect(await textOf(popup, byTestId('popup'))).toContain(firstWords);
    const measure = await popup.waitFor(() => performance.getEntriesByName('od:text-to-screen').at(-1)?.duration ?? 0, 10_000);
    timings.push({ page: 'corpus article 000', ms: measure });
    await session.screenshot(popup, 'firefox-popup');
    await done(page, popup);
  });

  it('switches between the other outlets: each pick is compared as lib/ compares the two', async () => {
    const info = session.page('corpus-article', '002');
    const { page, popup } = await popupOn(info.path, ['this-article', 'ready'], 'corpus article 002');
    const others = (await matchesOf(popup)).filter((m) => m.decision === 'same-story');
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const [index, other] of others.slice(0, 3).entries()) {
      await popup.click(byTestId('match'), (await matchesOf(popup)).findIndex((m) => m.id === other.id));
      await popup.waitFor((s: string, id: string) => document.querySelector(`${s}[data-article-id="${id}"]`)?.getAttribute('aria-pressed') === 'true', 10_000, byTestId('match'), other.id!);
      const expected = await expectedGroupKinds(info, other.id!);
      await popup.waitFor((s: string, want: string) => [...document.querySelectorAll(s)].map((e) => e.getAttribute('data-kind')).join(',') === want, 10_000, byTestId('group'), expected.join(','));
      // Only the picked outlet is pressed.
      expect((await matchesOf(popup)).filter((m) => m.pressed === 'true').map((m) => m.id), `pick ${index + 1}`).toEqual([other.id]);
    }
    await done(page, popup);
  });

  it('filters the groups by kind and restores them', async () => {
    const { page, popup } = await popupOn(session.page('corpus-article', '004').path, ['this-article', 'ready'], 'corpus article 004');
    await showComparison(popup);
    const all = await groupKinds(popup);
    for (const kind of ['added', 'omitted', 'reworded']) {
      await popup.click(`${byTestId('filter')}[data-filter="${kind}"]`);
      await popup.waitFor((s: string, k: string) => [...document.querySelectorAll(s)].every((e) => e.getAttribute('data-kind') === k), 5000, byTestId('group'), kind);
      expect(await groupKinds(popup)).toEqual(all.filter((k) => k === kind));
    }
    await popup.click(`${byTestId('filter')}[data-filter="all"]`);
    await popup.waitFor((s: string, n: number) => document.querySelectorAll(s).length === n, 5000, byTestId('group'), all.length);
    expect(await groupKinds(popup)).toEqual(all);
    await done(page, popup);
  });

  it('on an unrelated story: no-coverage, the sources on offer (no unrelated article listed) and an offer to save', async () => {
    const { page, popup } = await popupOn(session.page('unrelated-article').path, ['no-coverage'], 'unrelated story');
    const matches = await matchesOf(popup);
    for (const m of matches) expect(m.decision).toBe('related');
    expect(await popup.evaluate((s: string) => [...document.querySelectorAll(s)].map((b) => b.getAttribute('data-offer')), byTestId('sourceOffer'))).toEqual(['feeds', 'link', 'tab']);
    expect(await popup.evaluate((s: string) => document.querySelectorAll(s).length, byTestId('saveArticle'))).toBe(1);
    await done(page, popup);
  });

  it.each(['/meridian/index.html', '/meridian/search.html'])('on a page of links (%s): not-article, nothing compared', async (path) => {
    expect(session.pages.find((p) => p.path === path)?.kind).toBe('not-article');
    const { page, popup } = await popupOn(path, ['not-article']);
    expect(await groupKinds(popup)).toEqual([]);
    expect(await textOf(popup, byTestId('status'))).toMatch(/\S/);
    await done(page, popup);
  });

  it('on a page of links with text selected: offers to compare the selection, which finds the story', async () => {
    const page = await session.open('/meridian/index.html');
    // Without a selection there is nothing to offer.
    const bare = await session.openPopupFor(page);
    await waitForPopupState(bare, ['not-article']);
    expect(await bare.evaluate((s: string) => document.querySelectorAll(s).length, byTestId('compareSelection'))).toBe(0);
    await bare.close();
    // The reader selects the lead teaser, then clicks the toolbar button.
    await page.evaluate(selectLeadTeaser);
    const popup = await session.openPopupFor(page);
    await waitForPopupState(popup, ['not-article']);
    await popup.click(byTestId('compareSelection'));
    await popup.waitFor((s: string) => document.querySelector(s)?.getAttribute('data-state') !== 'not-article', 15_000, byTestId('popup'));
    await waitForPopupState(popup, ['ready', 'this-article']);
    expect((await matchesOf(popup)).filter((m) => m.decision === 'same-story').length).toBeGreaterThan(0);
    expect(await textOf(popup, byTestId('popup'))).toContain('Pyongyang airport');
    await done(page, popup);
  });

  // Firefox's own pages: no extension may script them, and the popup says so in words.
  it.each([
    ['about:blank', () => 'about:blank'],
    ['about:robots', () => 'about:robots'],
    ['about:preferences', () => 'about:preferences'],
    ['view-source: of a news page', (s: FirefoxSession) => `view-source:${s.url(s.page('corpus-article', '001').path)}`],
    ["a PDF at a .pdf URL (Firefox's PDF viewer)", (s: FirefoxSession) => s.url(PDF_PATH)],
    ["a PDF at a URL without .pdf (Firefox's PDF viewer)", (s: FirefoxSession) => s.url(PDF_NO_EXTENSION_PATH)],
  ])('on %s: restricted', async (label, target) => {
    const { page, popup } = await popupOn(target(session), ['restricted'], label);
    expect(await textOf(popup, byTestId('status'))).toMatch(/\S/);
    expect(await groupKinds(popup)).toEqual([]);
    await done(page, popup);
  });

  it("opens the reader's corpus (the options page) from the popup", async () => {
    const { page, popup } = await popupOn(session.page('unrelated-article').path, ['no-coverage'], 'unrelated story');
    await popup.click(byTestId('openOptions'));
    const options = await session.waitForTab(session.extensionUrl(manifestPage(session.manifest, 'options')));
    await options.waitForSelector(byTestId('bundledArticle'), { timeout: 10_000 });
    expect(await options.$$eval(byTestId('bundledArticle'), (els) => els.length)).toBe(5);
    await options.close();
    await done(page, popup);
  });

  it('no request left 127.0.0.1 and the extension logged no error', () => {
    expect(session.requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
    expect(session.offHostRequests()).toEqual([]);
    expect(session.extensionErrors()).toEqual([]);
  });
});
