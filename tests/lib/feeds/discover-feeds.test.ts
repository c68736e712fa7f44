import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../lib/feeds/discover-feeds';
import { parseHtml } from './helpers';

const page = (head: string) => parseHtml(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`, 'https://site.example/');

describe('discoverFeeds', () => {
  it.each([
    ['RSS, relative href', '<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">', [{ url: 'https://site.example/feed.xml', title: 'News', format: 'rss' }]],
    ['Atom, absolute href', '<link rel="alternate" type="application/atom+xml" href="https://feeds.site.example/atom">', [{ url: 'https://feeds.site.example/atom', format: 'atom' }]],
    ['RDF', '<link rel="alternate" type="application/rdf+xml" href="index.rdf">', [{ url: 'https://site.example/world/index.rdf', format: 'rdf' }]],
    ['type with parameters and capitals', '<link rel="Alternate" type="Application/RSS+XML; charset=utf-8" href="/r">', [{ url: 'https://site.example/r', format: 'rss' }]],
    ['rel with several values', '<link rel="alternate feed" type="application/rss+xml" href="/r2">', [{ url: 'https://site.example/r2', format: 'rss' }]],
    ['base href', '<base href="https://cdn.site.example/x/"><link rel="alternate" type="application/rss+xml" href="f.xml">', [{ url: 'https://cdn.site.example/x/f.xml', format: 'rss' }]],
    ['the same feed twice, once', '<link rel="alternate" type="application/rss+xml" href="/f"><link rel="alternate" type="application/rss+xml" href="https://site.example/f">', [{ url: 'https://site.example/f' }]],
    ['stylesheets and other alternates ignored', '<link rel="stylesheet" type="text/css" href="/s.css"><link rel="alternate" hreflang="de" type="text/html" href="/de">', []],
    ['a javascript: href ignored', '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">', []],
    ['no links', '', []],
  ])('%s', (_name, head, expected) => {
    const found = discoverFeeds(page(head), 'https://site.example/world/story');
    expect(found).toMatchObject(expected);
    expect(found.length).toBe(expected.length);
  });
});
