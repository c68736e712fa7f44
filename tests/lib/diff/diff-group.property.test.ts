/** The word diff over generated and edited text: tokens rebuild both sides; minor marks only minor changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffGroup } from '../../../lib/diff/diff-group';
import { minorFold } from '../../../lib/diff/minor-fold';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 3000);

const word = fc.oneof(
  fc.constantFrom('Putin', 'the', 'of', 'defence', 'defense', 'programme', 'program', '\u201Cwe', 'know\u201D', '"we', 'know"', ',', '.', 'Kim', 'Jong-un', 'Jong', 'Un', '24', '25', '  ', '\n'),
  fc.string({ maxLength: 6 }),
);
const sentence = fc.array(word, { maxLength: 25 }).map((ws) => ws.join(' '));
/** b as an edit of a: words dropped, replaced, swapped; or an unrelated sentence. */
const pair = fc.oneof(
  fc.tuple(sentence, sentence),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(30), fc.constantFrom('drop', 'swap', 'replace')), { maxLength: 6 }), word).map(
    ([ws, edits, other]) => {
      const b = [...ws];
      for (const [at, edit] of edits) {
        const k = at % Math.max(1, b.length);
        if (edit === 'drop') b.splice(k, 1);
        else if (edit === 'swap' && k + 1 < b.length) [b[k], b[k + 1]] = [b[k + 1] as string, b[k] as string];
        else b[k] = other;
      }
      return [ws.join(' '), b.join(' ')] as [string, string];
    },
  ),
);

describe('diffGroup properties', () => {
  it(`equal + delete rebuild a, equal + insert rebuild b; minor regions fold equal (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const tokens = diffGroup(a, b);
        expect(tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('')).toBe(a);
        expect(tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('')).toBe(b);
        const removed = tokens.filter((t) => t.op === 'delete' && t.minor).map((t) => t.text).join(' ');
        const added = tokens.filter((t) => t.op === 'insert' && t.minor).map((t) => t.text).join(' ');
        expect(minorFold(removed)).toBe(minorFold(added));
        for (const t of tokens) expect(t.text).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });
});
