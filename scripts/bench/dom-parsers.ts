/**
 * Offscreen document (DOMParser) against linkedom for the feed collector's page extraction in Chrome's
 * service worker: time per page (parse + classifyPage, median of reps, in Chromium and linkedom in Node
 * too), and what each costs the background bundle. An offscreen document adds, on top of its DOMParser
 * time, the message round trip with the page's HTML and the document's creation (timed here in a page
 * with a 200 kB structured clone as the stand-in for the message).
 * Run: npx tsx scripts/bench/dom-parsers.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { classifyPage } from '../../lib/feeds/classify-page';
import { chromiumPath } from '../../tests/browser/harness';
import type { ParserTiming } from './dom-parsers-page';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES_DIR = join(ROOT, 'tests/browser/pages');
const PAGES = [
  'outlet-a/world/russian-president-putin-arrives-in-north-korea-first-visit-i.html',
  'valdera-courier/regional/flash-floods-cut-valdera-rail-line-as-river-bursts-its-banks.html',
  'valdera-courier/live/flood-live-updates.html',
  'meridian/politics/council-budget-full-record.html',
];
const REPS = 15;

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', write: false, platform: 'browser', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

async function linkedomBytes(): Promise<{ raw: number; gzip: number }> {
  const out = await build({ stdin: { contents: "import { parseHTML } from 'linkedom'; globalThis.p = parseHTML;", resolveDir: ROOT }, bundle: true, minify: true, format: 'iife', write: false, platform: 'browser', logLevel: 'silent' });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code).length };
}

const pages = PAGES.map((path) => ({ name: path.split('/').slice(0, 2).join('/'), url: `http://127.0.0.1/${path}`, html: readFileSync(join(PAGES_DIR, path), 'utf8') }));

const nodeMs = pages.map(({ url, html }) => {
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const start = performance.now();
    classifyPage(parseHTML(html).document as unknown as Document, url);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPS / 2)] as number;
});

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: await bundle(join(import.meta.dirname, 'dom-parsers-page.ts')) });
  const timings = await page.evaluate(([p, reps]) => (globalThis as unknown as { benchParsers: (a: typeof p, r: number) => ParserTiming[] }).benchParsers(p, reps), [pages, REPS] as const);
  // What an offscreen document costs beyond DOMParser: creating a document, and handing 200 kB across.
  const overhead = await page.evaluate(async () => {
    const html = 'x'.repeat(200_000);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      const channel = new MessageChannel();
      const echoed = new Promise((resolve) => (channel.port2.onmessage = (e) => resolve(e.data)));
      channel.port1.postMessage(html);
      await echoed;
      times.push(performance.now() - start);
    }
    const frameStart = performance.now();
    const frame = document.createElement('iframe');
    frame.src = 'about:blank';
    await new Promise((resolve) => {
      frame.onload = resolve;
      document.body.append(frame);
    });
    return { messageMs: times.sort((a, b) => a - b)[7] as number, documentMs: performance.now() - frameStart };
  });
  const size = await linkedomBytes();
  console.log('page                          bytes   DOMParser ms  linkedom ms (Chromium)  linkedom ms (Node)  same text');
  timings.forEach((t, i) => console.log(`${t.name.padEnd(28)} ${String(t.bytes).padStart(7)}  ${t.domParserMs.toFixed(2).padStart(12)}  ${t.linkedomMs.toFixed(2).padStart(22)}  ${nodeMs[i]!.toFixed(2).padStart(18)}  ${t.sameText}`));
  console.log(`offscreen overhead per page: a 200 kB message hop ${overhead.messageMs.toFixed(2)} ms (x2 for the round trip); a new document ${overhead.documentMs.toFixed(1)} ms once per run`);
  console.log(`linkedom in the background bundle: ${(size.raw / 1024).toFixed(0)} kB minified, ${(size.gzip / 1024).toFixed(0)} kB gzipped`);
} finally {
  await browser.close();
}
