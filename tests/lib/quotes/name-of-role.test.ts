import { describe, expect, it } from 'vitest';
import { nameOfRole } from '../../../lib/quotes/name-of-role';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';

const role = (text: string): Speaker => ({ kind: 'role', text, key: text });

describe('nameOfRole', () => {
  it.each([
    ['the one person with the title', 'president', 'Former Vice President Dick Cheney spoke.', 'Dick Cheney'],
    ['the same person named twice, once in full', 'president', 'President Obama spoke. Later President Barack Obama left.', 'Barack Obama'],
    ['a title written short', 'governor', 'Gov. Chris Christie spoke.', 'Chris Christie'],
    ['a middle initial kept, a possessive dropped', 'speaker', "Speaker John A. Boehner's aides", 'John A. Boehner'],
    ['two people with the title', 'president', 'President Obama met Vice President Joe Biden.', undefined],
    ['nobody with the title', 'president', 'The president spoke.', undefined],
    ['the title inside another word', 'president', 'Vicepresident Smith spoke.', undefined],
    ['a lower-case title is no title', 'president', 'the president Obama spoke.', undefined],
  ])('%s', (_case, title, text, expected) => {
    expect(nameOfRole(role(title), text)?.text).toBe(expected);
  });

  it('leaves a name as it is', () => {
    expect(nameOfRole({ kind: 'name', text: 'Obama', key: 'obama' }, 'President Obama spoke.')).toBeUndefined();
  });

  it('keys the name by its surname, as speakers are compared', () => {
    expect(nameOfRole(role('president'), 'Former Vice President Dick Cheney spoke.')?.key).toBe('cheney');
  });
});
