import { describe, expect, it } from 'vitest';
import { PAGE_PROBLEM_PATTERNS } from '../../../lib/feeds/page-problem-patterns';
import { parseHtml } from './helpers';

/** For every pattern, a page fragment it must catch. */
const examples: Record<string, string> = {
  OneTrust: '<div id="onetrust-consent-sdk"></div>',
  Didomi: '<div id="didomi-host"></div>',
  Sourcepoint: '<div id="sp_message_container_1234"></div>',
  'Quantcast Choice': '<div class="qc-cmp2-container"></div>',
  Cookiebot: '<div id="CybotCookiebotDialog"></div>',
  Usercentrics: '<div id="usercentrics-root"></div>',
  'Google Funding Choices': '<div class="fc-consent-root"></div>',
  'consent form': '<form action="https://consent.example.com/save"></form>',
  'before you continue': '<h1>Before you continue to Example</h1>',
  'we and our partners use cookies': '<p>We and our 842 partners store and access information on your device, use cookies and process personal data.</p>',
  'accept all cookies': '<button>Accept all cookies</button>',
  'accept all (de, fr, es, it)': '<button>Alle akzeptieren</button>',
  'consent or pay': '<p>Mit PUR werbefrei lesen im Abo oder mit Werbung und Tracking: Akzeptieren</p>',
  'paywall container': '<div class="article-paywall-wrapper"></div>',
  'Piano / Tinypass offer': '<div class="tp-modal"></div>',
  'not free (schema.org)': '<meta itemprop="isAccessibleForFree" content="False">',
  'not free (JSON-LD)': '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": false}</script>',
  'subscribe to continue reading': '<p>Subscribe to continue reading.</p>',
  'for subscribers only': '<p>This article is only available to subscribers.</p>',
  'already a subscriber': '<p>Already a subscriber? Log in</p>',
  'subscriber-only (de, fr, es, it)': '<p>Cet article est réservé aux abonnés.</p>',
};

const matches = (pattern: (typeof PAGE_PROBLEM_PATTERNS)[number], html: string) => {
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`, 'https://a.example/');
  if (pattern.selector) return doc.querySelector(pattern.selector) !== null;
  if (pattern.text) return pattern.text.test(doc.body.textContent ?? '');
  return pattern.json?.test(html) ?? false;
};

const ordinaryArticle = '<article><h1>Council passes budget</h1><p>The council voted on Monday to pass the budget after hours of debate with residents.</p></article>';

describe('PAGE_PROBLEM_PATTERNS', () => {
  it.each(PAGE_PROBLEM_PATTERNS.map((p) => [p.name, p] as const))('%s: one way to match, a valid selector, an example it catches, and an ordinary article it does not', (name, pattern) => {
    expect([pattern.selector, pattern.text, pattern.json].filter(Boolean).length).toBe(1);
    const example = examples[name];
    expect(example, `no example for ${name}`).toBeDefined();
    expect(matches(pattern, example as string)).toBe(true);
    expect(matches(pattern, ordinaryArticle)).toBe(false);
  });

  it('every example belongs to a pattern, and names are unique', () => {
    const names = PAGE_PROBLEM_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(examples).sort()).toEqual([...names].sort());
  });
});
