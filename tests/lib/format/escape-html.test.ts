import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../lib/format/escape-html';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["it's", 'it&#39;s'],
    ['AT&amp;T', 'AT&amp;amp;T'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%s', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});
