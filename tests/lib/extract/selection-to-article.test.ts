import { describe, expect, it } from 'vitest';
import { hashString } from '../../../lib/extract/hash-string';
import { selectionToArticle } from '../../../lib/extract/selection-to-article';

const TEXT = 'Kim met Putin at the airport.\n\nAdvertisement\n\nThe two leaders then drove into the city.';

describe('selectionToArticle', () => {
  it.each([
    ['given title and outlet', { url: 'https://www.bbc.co.uk/live', title: 'Live: summit', outlet: 'BBC News' }, { title: 'Live: summit', outlet: 'BBC News', url: 'https://www.bbc.co.uk/live' }],
    ['outlet from the URL host', { url: 'https://www.theguardian.com/live' }, { title: 'Selection from The Guardian', outlet: 'The Guardian', url: 'https://www.theguardian.com/live' }],
    ['no metadata at all', {}, { title: 'Selection from Unknown outlet', outlet: 'Unknown outlet' }],
    ['blank title and outlet ignored', { title: '  ', outlet: ' ' }, { title: 'Selection from Unknown outlet', outlet: 'Unknown outlet' }],
  ])('%s', (_name, meta, expected) => {
    const article = selectionToArticle(TEXT, meta);
    expect(article).toEqual({ id: article.id, text: 'Kim met Putin at the airport.\n\nThe two leaders then drove into the city.', ...expected });
  });

  it('hashes the selected text, not the URL', () => {
    const a = selectionToArticle('One passage.', { url: 'https://x.com/p' });
    const b = selectionToArticle('Another passage.', { url: 'https://x.com/p' });
    expect(a.id).toBe(`t-${hashString('One passage.')}`);
    expect(a.id).not.toBe(b.id);
  });
});
