import { describe, expect, it } from 'vitest';
import { parseSiteList } from '../../../lib/sources/parse-site-list';

describe('parseSiteList', () => {
  it.each<[string, string, string[], string[]]>([
    ['empty', '', [], []],
    ['one bare host', 'example.com', ['example.com'], []],
    ['a full address (path and query dropped)', 'https://www.bank.test/login?x=1', ['bank.test'], []],
    ['www. dropped, case folded', 'WWW.Example.COM', ['example.com'], []],
    ['one per line, blank lines skipped', 'a.test\n\n  b.test  \n', ['a.test', 'b.test'], []],
    ['comma-separated', 'a.test, b.test,c.test', ['a.test', 'b.test', 'c.test'], []],
    ['duplicates kept once', 'a.test\nwww.a.test\nhttps://a.test/x', ['a.test'], []],
    ['a subdomain kept as written', 'mail.example.com', ['mail.example.com'], []],
    ['a port dropped', 'example.com:8080', ['example.com'], []],
    ['localhost', 'localhost', ['localhost'], []],
    ['a single word is not a site', 'nope', [], ['nope']],
    ['words with spaces', 'my bank', [], ['my bank']],
    ['an IPv4 address', '127.0.0.1', ['127.0.0.1'], []],
    ['numbers that are not an address', '300.1.1.1', [], ['300.1.1.1']],
    ['valid and invalid mixed, order kept', 'b.test\n???\na.test', ['b.test', 'a.test'], ['???']],
  ])('%s', (_case, text, sites, invalid) => {
    expect(parseSiteList(text)).toEqual({ sites, invalid });
  });
});
