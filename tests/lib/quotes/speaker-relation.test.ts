import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';
import { speakerRelation } from '../../../lib/quotes/speaker-relation';

const name = (key: string): Speaker => ({ kind: 'name', text: key, key });
const role = (key: string): Speaker => ({ kind: 'role', text: key, key });

describe('speakerRelation', () => {
  it.each([
    ['one surname', name('sheridan'), name('sheridan'), 'same'],
    ['two names', name('pelosi'), name('earnest'), 'different'],
    ['one role', role('letter'), role('letter'), 'same'],
    ['two roles may be one person', role('spokesman'), role('aide'), 'unknown'],
    ['a role against a name', role('president'), name('obama'), 'unknown'],
    ['a side that does not say', undefined, name('obama'), 'unknown'],
  ])('%s', (_name, a, b, expected) => {
    expect(speakerRelation(a, b)).toBe(expected);
  });
});
