import { describe, expect, it } from 'vitest';
import { looksLikePage } from '../../../lib/feeds/looks-like-page';

describe('looksLikePage', () => {
  it.each([
    ['HTML', '<!doctype html>', 'text/html; charset=utf-8', true],
    ['XHTML', '<html>', 'application/xhtml+xml', true],
    ['plain text', 'Story', 'text/plain', true],
    ['no type, markup', '  <html>', '', true],
    ['no type, not markup', '%PDF-1.7', '', false],
    ['PDF', '%PDF-1.7', 'application/pdf', false],
    ['an image', '\x89PNG', 'image/png', false],
    ['JSON', '{}', 'application/json', false],
  ])('%s', (_name, text, contentType, expected) => {
    expect(looksLikePage(text, contentType)).toBe(expected);
  });
});
