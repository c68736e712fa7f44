/**
 * Bundled into a page by dom-parsers.ts: times DOMParser (what an offscreen document would use) and
 * linkedom (what a service worker can use) on the same pages in the same browser, each followed by the
 * extraction the collector runs (classifyPage).
 */
import { parseHTML } from 'linkedom';
import { classifyPage } from '../../lib/feeds/classify-page';

export interface ParserTiming {
  name: string;
  bytes: number;
  domParserMs: number;
  linkedomMs: number;
  sameText: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function time(run: () => string, reps: number): { ms: number; text: string } {
  let text = '';
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    text = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), text };
}

const extracted = (doc: Document, url: string) => {
  const result = classifyPage(doc, url);
  return result.ok ? result.article.text : result.problem;
};

(globalThis as { benchParsers?: unknown }).benchParsers = (pages: Array<{ name: string; url: string; html: string }>, reps: number): ParserTiming[] =>
  pages.map(({ name, url, html }) => {
    const dom = time(() => extracted(new DOMParser().parseFromString(html, 'text/html'), url), reps);
    const linked = time(() => extracted(parseHTML(html).document as unknown as Document, url), reps);
    return { name, bytes: html.length, domParserMs: dom.ms, linkedomMs: linked.ms, sameText: dom.text === linked.text };
  });
