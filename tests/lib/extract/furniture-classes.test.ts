import { describe, expect, it } from 'vitest';
import { ARTICLE_CLASS_WORDS, FURNITURE_CLASS_WORDS, FURNITURE_ROLES, FURNITURE_TAGS } from '../../../lib/extract/furniture-classes';

const tables: Array<[string, readonly string[]]> = [
  ['FURNITURE_TAGS', FURNITURE_TAGS],
  ['FURNITURE_ROLES', FURNITURE_ROLES],
  ['FURNITURE_CLASS_WORDS', FURNITURE_CLASS_WORDS],
  ['ARTICLE_CLASS_WORDS', ARTICLE_CLASS_WORDS],
];

describe('furniture class tables', () => {
  it.each(tables)('%s is lower-case single words without repeats', (_name, table) => {
    expect(table.length).toBeGreaterThan(0);
    expect(table.filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
    expect(new Set(table).size).toBe(table.length);
  });

  it('never lists a word as both furniture and article', () => {
    expect(FURNITURE_CLASS_WORDS.filter((word) => ARTICLE_CLASS_WORDS.includes(word))).toEqual([]);
  });

  it.each(['p', 'div', 'article', 'main', 'section', 'body'])('does not treat the article tag <%s> as furniture', (tag) => {
    expect(FURNITURE_TAGS).not.toContain(tag);
  });
});
