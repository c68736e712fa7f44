import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';
import { speakerGender } from '../../../lib/quotes/speaker-gender';

const name = (text: string, extra: Partial<Speaker> = {}): Speaker => ({ kind: 'name', text, key: text.split(' ').at(-1)!.toLowerCase(), ...extra });

describe('speakerGender', () => {
  it.each([
    ['a man’s given name', name('Dick Cheney'), 'male'],
    ['a woman’s given name', name('Mary Cheney'), 'female'],
    ['a surname alone says nothing', name('Cheney'), undefined],
    ['a given name used for both says nothing', name('Pat Lewis'), undefined],
    ['the pronoun it was found through', name('Cheney', { gender: 'female' }), 'female'],
    ['the pronoun before the given name', name('Dick Cheney', { gender: 'female' }), 'female'],
    ['a role says nothing', { kind: 'role', text: 'spokesman', key: 'spokesman' } as Speaker, undefined],
  ])('%s', (_name, speaker, expected) => {
    expect(speakerGender(speaker)).toBe(expected);
  });
});
