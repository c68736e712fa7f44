import { describe, expect, it } from 'vitest';
import { outletFromHost } from '../../../lib/extract/outlet-from-host';

describe('outletFromHost', () => {
  it.each([
    ['leading "the" split off', 'www.theguardian.com', 'The Guardian'],
    ['without www', 'theguardian.com', 'The Guardian'],
    ['initialism under a two-label suffix', 'news.bbc.co.uk', 'BBC'],
    ['initialism', 'edition.cnn.com', 'CNN'],
    ['plain name', 'www.reuters.com', 'Reuters'],
    ['hyphens as spaces', 'www.hindustan-times.com', 'Hindustan Times'],
    ['two-label suffix', 'www.smh.com.au', 'SMH'],
    ['"news" as the name itself', 'www.news.com.au', 'News'],
    ['port ignored', 'localhost:8080', 'Localhost'],
    ['trailing dot', 'www.nytimes.com.', 'Nytimes'],
    ['short word "the" not split', 'www.them.com', 'Them'],
    ['IP address', '192.168.0.1', undefined],
    ['IPv6 address', '::1', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, host, expected) => {
    expect(outletFromHost(host)).toBe(expected);
  });
});
