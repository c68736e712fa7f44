import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/feeds/classify-page';
import { articlePage, parseHtml } from './helpers';

const URL_ = 'https://www.a.example/news/story';
const page = (body: string, head = '') => `<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`;

describe('classifyPage', () => {
  it.each([
    ['an article', articlePage('Council passes budget'), 'ok'],
    ['an article under a consent banner is still the article', articlePage('Council passes budget', 8).replace('<body>', '<body><div id="onetrust-consent-sdk"><button>Accept all cookies</button></div>'), 'ok'],
    ['a long free article on a site with a paywall script', articlePage('Council passes budget', 12).replace('<body>', '<body><div class="paywall-offer"></div>'), 'ok'],
    ['a consent wall', page('<div id="sp_message_container_1"><h1>Before you continue</h1><p>We and our partners use cookies and data.</p><button>Accept all</button></div>'), 'consent-wall'],
    ['a consent wall by text only', page('<h1>Before you continue to Example News</h1><button>Reject all</button><button>Accept all</button>'), 'consent-wall'],
    ['a paywall with a teaser', page('<article><h1>Story</h1><p>The first paragraph of the story tells what happened at the council, when members met on Monday and voted on the budget after residents spoke for a long time about the plan.</p><p>Subscribe to continue reading.</p></article>'), 'paywall'],
    ['a paywall by JSON-LD', page('<article><h1>Story</h1><p>Teaser only.</p></article>', '<script type="application/ld+json">{"isAccessibleForFree":"False"}</script>'), 'paywall'],
    ['a page of links', page('<nav><a href="/a">World</a> <a href="/b">Politics</a> <a href="/c">Sport</a></nav>'), 'not-an-article'],
    ['an empty page', page(''), 'not-an-article'],
  ])('%s', (_name, html, expected) => {
    const result = classifyPage(parseHtml(html, URL_), URL_);
    expect(result.ok ? 'ok' : result.problem).toBe(expected);
    if (!result.ok) expect(result.message).toMatch(/\.$/);
  });
});
