import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from '../../../lib/feeds/looks-like-feed';

describe('looksLikeFeed', () => {
  it.each([
    ['RSS with a prolog', '<?xml version="1.0"?><rss version="2.0">', 'application/rss+xml', true],
    ['RSS served as text/html (it happens)', '<rss version="2.0">', 'text/html', true],
    ['a BOM and a stylesheet PI', '\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<rss>', 'text/xml', true],
    ['a comment first', '<!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', '', true],
    ['an HTML page', '<!DOCTYPE html><html><head>', 'text/html', false],
    ['an HTML page served as RSS', '<html lang="en"><body>', 'application/rss+xml', false],
    ['XHTML after a prolog', '<?xml version="1.0"?><!DOCTYPE html><html>', 'application/xhtml+xml', false],
    ['plain text', 'Access denied', 'text/plain', false],
    ['JSON', '{"items": []}', 'application/json', false],
    ['an image', '<svg>', 'image/svg+xml', false],
    ['empty', '', '', false],
  ])('%s', (_name, text, contentType, expected) => {
    expect(looksLikeFeed(text, contentType)).toBe(expected);
  });
});
