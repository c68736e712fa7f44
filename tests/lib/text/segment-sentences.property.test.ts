/** Segmentation and tokens over generated text (any Unicode, news punctuation, bullets, blank lines). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../lib/text/segment-sentences';
import { tokenize } from '../../../lib/text/tokenize';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 3000);

const piece = fc.oneof(
  fc.constantFrom('Mr.', 'U.S.', 'No. 10', 'J. K.', '\u201CWe go.\u201D', 'he said.', '- ', '\u2022 ', '1. ', '\n', '\n\n', ' ', '?', '!', 'Kim Jong-un', '\u200B', '\u00A0', '普京访问。', 'بوتين في'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));

describe('segmentSentences and tokenize properties', () => {
  it(`tokens cover any text exactly, with offsets (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        expect(tokens.map((x) => x.text).join('')).toBe(t);
        for (const x of tokens) expect(t.slice(x.start, x.end)).toBe(x.text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`sentences are non-empty, in order, without overlap, and point into the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), text, (title, body) => {
        const sentences = segmentSentences({ title, text: body });
        let end = 0;
        sentences.forEach((s, index) => {
          expect(s.index).toBe(index);
          expect(s.text.trim()).not.toBe('');
          if (s.kind === 'headline') {
            expect(index).toBe(0);
            return;
          }
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(end);
          end = s.end;
        });
        // Nothing with a letter or digit is lost between sentences.
        const covered = sentences.filter((s) => s.kind !== 'headline').map((s) => s.text).join(' ');
        expect(covered.replace(/[^\p{L}\p{N}]/gu, '').length).toBeGreaterThanOrEqual(body.replace(/^[^\S\n]*(?:[-\u2013\u2022*\u00B7\u25AA\u25CF\u25E6]|\d{1,2}[.)])[^\S\n]+/gmu, '').replace(/[^\p{L}\p{N}]/gu, '').length);
      }),
      { numRuns: RUNS },
    );
  });
});
