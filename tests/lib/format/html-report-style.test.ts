import { describe, expect, it } from 'vitest';
import { DEFAULT_HTML_LABELS, HTML_REPORT_CSS } from '../../../lib/format/html-report-style';

describe('the HTML report style', () => {
  it.each([
    ['loads nothing from anywhere', /url\(|@import|https?:/],
    ['has no markup that could close the style element', /<\//],
  ])('%s', (_case, pattern) => {
    expect(HTML_REPORT_CSS).not.toMatch(pattern);
  });

  it.each(['prefers-color-scheme: dark', '@media print', 'text-decoration: underline', 'text-decoration: line-through'])('has %s', (rule) => {
    expect(HTML_REPORT_CSS).toContain(rule);
  });

  it('labels every group kind', () => {
    for (const kind of ['same', 'reworded', 'added', 'omitted'] as const) expect(DEFAULT_HTML_LABELS[kind]).toBeTruthy();
  });
});
