import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';
import { speakerRelation } from '../../../lib/quotes/speaker-relation';

const name = (key: string, text = key): Speaker => ({ kind: 'name', text, key });
const role = (key: string): Speaker => ({ kind: 'role', text: key, key });

describe('speakerRelation', () => {
  it.each([
    ['one surname', name('sheridan'), name('sheridan'), 'same'],
    ['two names', name('pelosi'), name('earnest'), 'different'],
    ['one role', role('letter'), role('letter'), 'same'],
    ['two roles may be one person', role('spokesman'), role('aide'), 'unknown'],
    ['a role against a name', role('president'), name('obama'), 'unknown'],
    ['a side that does not say', undefined, name('obama'), 'unknown'],
    ['one surname, two given names: two people', name('cheney', 'Mary Cheney'), name('cheney', 'Dick Cheney'), 'different'],
    ['a short form of the given name', name('cheney', 'Dick Cheney'), name('cheney', 'Richard B. Cheney'), 'same'],
    ['a middle name given on one side', name('trump', 'Donald John Trump'), name('trump', 'Donald Trump'), 'same'],
    ['words before the name that are no given name', name('rice', 'National Security Adviser Susan Rice'), name('rice', 'Susan Rice'), 'same'],
    ['a surname alone against a full name', name('cheney', 'Cheney'), name('cheney', 'Mary Cheney'), 'same'],
    ['an initial is no given name', name('bush', 'G. Bush'), name('bush', 'Jeb Bush'), 'same'],
    ['"she" against a man\'s given name: two people', { ...name('cheney', 'Cheney'), gender: 'female' as const }, name('cheney', 'Dick Cheney'), 'different'],
    ['"he" against a man\'s given name', { ...name('cheney', 'Cheney'), gender: 'male' as const }, name('cheney', 'Dick Cheney'), 'same'],
    ['"she" and "he" for one surname', { ...name('clinton', 'Clinton'), gender: 'female' as const }, { ...name('clinton', 'Clinton'), gender: 'male' as const }, 'different'],
    ['a given name used for both says nothing', { ...name('lewis', 'Lewis'), gender: 'female' as const }, name('lewis', 'Pat Lewis'), 'same'],
    ['a role in the plural is not one named person', role('aides'), name('boehner', 'Boehner'), 'different'],
    ['a title in the plural form is still one person', role('ms'), name('lerner', 'Lois Lerner'), 'unknown'],
  ])('%s', (_name, a, b, expected) => {
    expect(speakerRelation(a, b)).toBe(expected);
  });
});
