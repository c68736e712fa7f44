import { describe, expect, it } from 'vitest';
import { isViewerDocument } from '../../../lib/ui/is-viewer-document';

describe('isViewerDocument', () => {
  it.each([
    ['a PDF', 'application/pdf', true],
    ['a PDF with parameters, in capitals', 'Application/PDF; charset=binary', true],
    ['an image', 'image/png', true],
    ['a video', 'video/mp4', true],
    ['an audio file', 'audio/mpeg', true],
    ['an HTML page', 'text/html', false],
    ['an XHTML page', 'application/xhtml+xml', false],
    ['plain text (a page of text can be an article)', 'text/plain', false],
    ['an unknown type', undefined, false],
    ['empty', '', false],
  ])('%s (%s) -> %s', (_name, type, expected) => {
    expect(isViewerDocument(type)).toBe(expected);
  });
});
