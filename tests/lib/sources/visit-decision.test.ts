import { describe, expect, it } from 'vitest';
import { visitDecision, type VisitFacts } from '../../../lib/sources/visit-decision';

const on: VisitFacts = { remember: true, url: 'https://news.example.com/world/a', incognito: false, topFrame: true, excludedSites: ['bank.test'] };

describe('visitDecision', () => {
  it.each<[string, Partial<VisitFacts>, ReturnType<typeof visitDecision>]>([
    ['an article page while on', {}, 'keep'],
    ['the feature off', { remember: false }, 'off'],
    ['off wins over everything else', { remember: false, incognito: true }, 'off'],
    ['a private window', { incognito: true }, 'private'],
    ['a frame inside the page', { topFrame: false }, 'frame'],
    ['no URL reported', { url: undefined }, 'restricted'],
    ['a browser page', { url: 'chrome://settings' }, 'restricted'],
    ['an add-on store page', { url: 'https://addons.mozilla.org/en-US/firefox/addon/x/' }, 'restricted'],
    ['a local file', { url: 'file:///home/me/a.html' }, 'restricted'],
    ['an excluded site', { url: 'https://bank.test/statement' }, 'excluded'],
    ['a subdomain of an excluded site', { url: 'https://online.bank.test/statement' }, 'excluded'],
    ['plain http', { url: 'http://news.example.com/a' }, 'keep'],
  ])('%s -> %s', (_case, change, decision) => {
    expect(visitDecision({ ...on, ...change })).toBe(decision);
  });
});
