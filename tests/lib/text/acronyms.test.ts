import { describe, expect, it } from 'vitest';
import { contentKeyList } from '../../../lib/align/content-key-list';
import { ACRONYMS } from '../../../lib/text/acronyms';

describe('ACRONYMS (whole table)', () => {
  it('names each key once', () => {
    expect(new Set(ACRONYMS.map((e) => e.key)).size).toBe(ACRONYMS.length);
  });

  it.each(ACRONYMS.flatMap((e) => e.acronyms.map((a) => [e.key, a] as const)))('%s: "%s" in capitals, and dotted, gives the key', (key, acronym) => {
    const upper = acronym.toUpperCase();
    expect(contentKeyList(`The ${upper} said.`)).toContain(key);
    expect(contentKeyList(`The ${upper.split('').join('.')}. said.`)).toContain(key);
  });

  it.each(ACRONYMS.flatMap((e) => e.expansions.map((phrase) => [e.key, phrase] as const)))('%s: "%s" in a sentence gives the key', (key, phrase) => {
    expect(contentKeyList(`They met the ${phrase} today.`)).toContain(key);
  });

  it.each(ACRONYMS.flatMap((e) => (e.alias ?? []).map((word) => [e.key, word] as const)))('%s: the word "%s" folds into the key', (key, word) => {
    expect(contentKeyList(`The ${word}s said.`)).toEqual([key]);
  });
});
