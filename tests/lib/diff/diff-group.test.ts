import { describe, expect, it } from 'vitest';
import { diffGroup } from '../../../lib/diff/diff-group';
import { rebuild, show } from './helpers';

describe('diffGroup', () => {
  it.each([
    ['spelling variant is minor, added word is not', 'The programme grew.', 'The program grew fast.', 'The[- programme-]~{+ program+}~ grew{+ fast+}.'],
    [
      'the seed quote rendered two ways',
      '\u201CWe greatly appreciate that the DPRK is strongly supporting Russia\u2019s operations,\u201D',
      '\u201CWe highly appreciate that the DPRK is firmly supporting the operations of Russia\u201D,',
      '\u201CWe[- greatly-]{+ highly+} appreciate that the DPRK is[- strongly-]{+ firmly+} supporting[- Russia\u2019s-]{+ the+} operations[-,\u201D-]{+ of Russia\u201D,+}',
    ],
  ])('%s', (_name, a, b, expected) => {
    const tokens = diffGroup(a, b);
    expect(show(tokens)).toBe(expected);
    expect(rebuild(tokens)).toEqual({ a, b });
  });

  it.each([
    ['a sentence carried word for word', 'He said \u201Cno\u201D,  twice.', [{ op: 'equal', text: 'He said \u201Cno\u201D,  twice.' }]],
    ['spacing around it kept', ' Kim left. ', [{ op: 'equal', text: ' Kim left. ' }]],
    ['two empty texts', '', []],
  ])('the same text on both sides is one equal run: %s', (_name, text, expected) => {
    expect(diffGroup(text, text)).toEqual(expected);
  });
});
