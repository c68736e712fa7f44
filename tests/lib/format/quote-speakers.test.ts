import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../../../lib/format/quote-speakers';

describe('quoteSpeakers', () => {
  it.each([
    ['both alike', { a: 'Harry Reid', b: 'Harry Reid' }, 'Harry Reid'],
    ['written differently', { a: 'Mark D. Sheridan', b: 'Sheridan' }, 'Mark D. Sheridan / Sheridan'],
    ['only a says', { a: 'Reid' }, 'Reid'],
    ['only b says', { b: 'Reid' }, 'Reid'],
    ['neither says', {}, undefined],
  ])('%s', (_name, speakers, expected) => {
    expect(quoteSpeakers({ speakers })).toBe(expected);
  });
});
