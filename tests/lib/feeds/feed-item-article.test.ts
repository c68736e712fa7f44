import { describe, expect, it } from 'vitest';
import { feedItemArticle, FULL_TEXT_MIN_CHARS } from '../../../lib/feeds/feed-item-article';
import { parseHtml } from './helpers';

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the river rose overnight and the rail line between the two towns was cut, the operator said on Tuesday morning.</p>`).join('');

describe('feedItemArticle', () => {
  it('a full-text item goes through the extraction rules', () => {
    const article = feedItemArticle({ title: 'Floods cut the line', link: 'https://a.example/floods', content: `${paragraphs(8)}<p>Related: <a href="/x">Other story</a></p><p>Sign up for our newsletter</p>` }, parseHtml, 'https://a.example/feed');
    expect(article?.title).toBe('Floods cut the line');
    expect(article?.text).toContain('Paragraph 8: the river rose');
    expect(article?.text.length).toBeGreaterThanOrEqual(FULL_TEXT_MIN_CHARS);
    expect(article?.text).not.toMatch(/newsletter/i);
  });

  it.each([
    ['no content', { title: 'T', link: 'https://a.example/1', summary: paragraphs(8) }],
    ['a teaser in content:encoded', { title: 'T', link: 'https://a.example/1', content: '<p>The river rose overnight. <a href="https://a.example/1">Read more…</a></p>' }],
    ['blank content', { title: 'T', link: 'https://a.example/1', content: '  ' }],
  ])('%s: no article (the page will be fetched)', (_name, item) => {
    expect(feedItemArticle(item, parseHtml, 'https://a.example/feed')).toBeUndefined();
  });

  it('a script in the content is never run and never reaches the text', () => {
    const article = feedItemArticle({ title: 'T', link: 'https://a.example/1', content: `${paragraphs(8)}<script>globalThis.pwned = true</script><img src=x onerror="globalThis.pwned = true">` }, parseHtml, 'https://a.example/feed');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(article?.text).not.toContain('pwned');
  });
});
