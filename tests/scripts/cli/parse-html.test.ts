import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/cli/parse-html';

describe('parseHtml (linkedom)', () => {
  it.each([
    ['a whole page', '<!doctype html><html><head><title>T</title></head><body><p>Body</p></body></html>', 'Body'],
    ['a fragment, wrapped in a document', '<p>Fragment</p>', 'Fragment'],
    ['plain text', 'Just text', 'Just text'],
  ])('%s', (_name, html, text) => {
    expect(parseHtml(html, 'https://a.example/').body.textContent?.trim()).toBe(text);
  });

  it('runs nothing in the page', () => {
    parseHtml('<script>globalThis.ranScript = true</script><img src=x onerror="globalThis.ranScript = true">', 'https://a.example/');
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined();
  });
});
