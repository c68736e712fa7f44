/**
 * Popup time from text to comparison in Chromium: the built extension (.output/chrome-mv3) in Debian's
 * Chromium, driven by the browser tests' harness (tests/browser/harness.ts: fixture server, simulated
 * toolbar click), on a ~1,000-word page on the corpus story, 5 times. Prints the median, min and max of the
 * popup's own `od:text-to-screen` measure (page text arrived -> first comparison painted) and of toolbar
 * click -> settled popup state as the driver sees it. Skipped, in one line, without the build or Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { byTestId, EXTENSION_DIR, ExtensionSession, waitForPopupState } from '../../tests/browser/harness';
import { readCorpusArticles } from '../build-corpus';
import { articlePage, bodyHtml } from '../make-test-pages';

const RUNS = 5;
/** Where the timed page is served on the fixture server. */
export const PAGE_PATH = '/bench/putin-north-korea-full-story.html';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The timed page: no bundled article is near 1,000 words (they have 310-482), so it is made here, served
 * at PAGE_PATH: corpus articles 004 and 002 one after the other, then paragraphs of 000 up to 1,000 words,
 * in the fixture pages' news-site furniture. It is on the corpus story, so the popup compares it.
 * @example benchPage().words // -> 1022
 */
export function benchPage(): { html: string; words: number; title: string } {
  const articles = readCorpusArticles();
  const byId = (id: string) => articles.find((a) => a.id === id)!.text;
  const paragraphs = [...byId('004').split(/\n{2,}/), ...byId('002').split(/\n{2,}/)];
  for (const extra of byId('000').split(/\n{2,}/)) {
    if (words(paragraphs.join(' ')) >= 1000) break;
    paragraphs.push(extra);
  }
  const text = paragraphs.join('\n\n');
  const title = 'Putin in North Korea: the full story of the first visit in 24 years';
  const html = articlePage({ site: { name: 'Outlet Bench', section: 'World', accent: '#444444' }, title, body: bodyHtml(text), url: `http://127.0.0.1${PAGE_PATH}`, published: '2024-06-19' });
  return { html, words: words(text), title };
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;
}

export async function benchPopup(): Promise<void> {
  const out = (line: string) => void process.stdout.write(line + '\n');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return out(`popup: skipped: no build at ${EXTENSION_DIR} (run npm run build first)`);
  if (!existsSync(chromium)) return out(`popup: skipped: Chromium not found at ${chromium} (set CHROMIUM_PATH; apt-get install chromium)`);

  const page = benchPage();
  const session = await ExtensionSession.launch({ routes: { [PAGE_PATH]: { type: 'text/html; charset=utf-8', body: () => page.html } } });
  const textToScreen: number[] = [];
  const clickToSettled: number[] = [];
  const states: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const tab = await session.open(PAGE_PATH);
      const started = performance.now();
      const popup = await session.openPopupFor(tab);
      states.push(await waitForPopupState(popup, ['this-article', 'ready']));
      clickToSettled.push(performance.now() - started);
      // The measure ends once the first comparison is painted (an effect after render).
      await popup.waitForFunction(() => performance.getEntriesByName('od:text-to-screen').length > 0, undefined, { timeout: 10_000 });
      textToScreen.push(await popup.evaluate(() => performance.getEntriesByName('od:text-to-screen').at(-1)!.duration));
      if ((await popup.locator(byTestId('group')).count()) === 0) throw new Error('the popup showed no comparison groups');
      await popup.close();
      await tab.close();
    }
    if (session.offHostRequests().length) throw new Error(`requests left 127.0.0.1: ${session.offHostRequests().map((r) => r.url).join(', ')}`);
  } finally {
    await session.close();
  }
  out(`popup in Chromium on a ${page.words}-word page on the corpus story (corpus articles 004 + 002 + part of 000), ${RUNS} runs in a fresh profile:`);
  out(`  popup state: ${[...new Set(states)].join(', ')}`);
  out(`  popup time from text to comparison in Chromium (od:text-to-screen): ${summary(textToScreen)}`);
  out(`  toolbar click -> settled popup state (opening the popup and reading the page included): ${summary(clickToSettled)}`);
}
