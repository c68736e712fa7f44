import { describe, expect, it } from 'vitest';
import { americanSpelling, wordKey } from '../../../lib/text/word-key';

describe('wordKey', () => {
  it.each([
    ['case', 'Putin', 'putin'],
    ['British -mme', 'Programmes', 'programs'],
    ['possessive', "program's", 'programs'],
    ['defence / defense', 'defence', 'defense'],
    ['-ise / -ize', 'organised', 'organized'],
    ['-isation / -ization', 'organisation', 'organization'],
    ['-our / -or', 'colours', 'colors'],
    ['plural -ies / -ied / -ying', 'supplies', 'supplied'],
    ['-ing with doubled consonant', 'running', 'runs'],
    ['-ed and final e', 'welcomed', 'welcome'],
    ['doubled l', 'travelled', 'traveled'],
    ['adverb and adjective', 'recently', 'recent'],
    ['-ally adverb', 'internationally', 'international'],
    ['curly apostrophe possessive', 'Putin\u2019s', 'Putin'],
    ['thousands separator', '8,656', '8656'],
  ])('%s: %s ~ %s', (_name, a, b) => {
    expect(wordKey(a)).toBe(wordKey(b));
  });

  it.each([
    ['news is not new', 'news', 'new'],
    ['four is not for', 'four', 'for'],
    ['hour is not hor', 'hour', 'hor'],
    ['numbers differ', '24', '25'],
    ['was is not wa', 'was', 'wa'],
    ['call is not cal', 'called', 'cal'],
    ['apply keeps its -ly', 'apply', 'app'],
    ['only keeps its -ly', 'only', 'on'],
    ['words that name Object.prototype members are words', 'constructor', 'toString'],
  ])('keeps apart %s', (_name, a, b) => {
    expect(wordKey(a)).not.toBe(wordKey(b));
  });
});

describe('americanSpelling', () => {
  it.each([
    ['analysed', 'analyzed'],
    ['labour', 'labor'],
    ['honours', 'honors'],
    ['detour', 'detour'],
    ['flour', 'flour'],
    ['the', 'the'],
  ])('%s -> %s', (input, expected) => {
    expect(americanSpelling(input)).toBe(expected);
  });
});
