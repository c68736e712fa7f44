import { describe, expect, it } from 'vitest';
import { textWords } from '../../../lib/drift/text-words';
import { valueContext } from '../../../lib/drift/value-context';

const context = (text: string, at: number, skip: string[] = []) => valueContext(textWords(text), at, at, skip).map((c) => `${c.key}:${c.distance}${c.side === 'before' ? '<' : '>'}${c.name ? '*' : ''}`);

describe('valueContext', () => {
  it.each([
    ['content words on each side, numbered by nearness', 'Pelosi has led House Democrats since 2002.', 6, ['sinc:1<', 'democrat:2<*', 'hous:3<*', 'led:4<']],
    ['a clause mark ends it', 'The ad cost millions; the rally drew 500 people.', 7, ['drew:1<', 'rally:2<', 'peopl:1>']],
    ['the unit is skipped', 'The rally drew 500 people.', 3, ['drew:1<', 'rally:2<']],
  ])('%s', (_name, text, at, expected) => {
    expect(context(text, at, ['peopl'].filter(() => at === 3))).toEqual(expected);
  });
});
