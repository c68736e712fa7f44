import { describe, expect, it } from 'vitest';
import { extractValues } from '../../../lib/diff/extract-values';

const values = (text: string) => extractValues(text).map((v) => `${v.kind}:${v.text}`);

describe('extractValues', () => {
  it.each([
    ['numbers, days and names', 'Putin met Kim Jong Un on Wednesday after 24 years.', ['name:Kim Jong Un', 'date:Wednesday', 'number:24']],
    ['a year is a date', 'Russia invaded Ukraine in 2022.', ['name:Ukraine', 'date:2022']],
    ['number words', 'The two leaders met for the first time.', ['number:two', 'number:first']],
    ['sentence-initial capital alone is not a name', 'Officials said nothing.', []],
    ['sentence-initial name followed by a name', 'Kim Jong Un spoke.', ['name:Kim Jong Un']],
    ['hyphenated name stays one', 'He met Kim Jong-un there.', ['name:Kim Jong un']],
    ['a comma separates names', 'He met Putin, Kim and Xi.', ['name:Putin', 'name:Kim', 'name:Xi']],
    ['"may" the verb is not a month', 'It may rain in May.', ['date:May']],
    ['thousands separator', 'Demand hit 8,656 MW.', ['number:8,656', 'name:MW']],
    ['Object.prototype member names are plain words', 'the constructor and hasOwnProperty of toString', []],
  ])('%s', (_name, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keys fold spelling so variants compare equal', () => {
    expect(extractValues('They met Jan. 5.').map((v) => v.key)).toEqual(extractValues('They met January 5.').map((v) => v.key));
  });
});
