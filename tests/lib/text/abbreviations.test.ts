import { describe, expect, it } from 'vitest';
import { BEFORE_NUMBER_ONLY, NON_TERMINAL_ABBREVIATIONS, STATE_ABBREVIATIONS } from '../../../lib/text/abbreviations';
import { segmentSentences } from '../../../lib/text/segment-sentences';

const segment = (text: string) => segmentSentences({ title: '', text }).map((s) => s.text);

describe('NON_TERMINAL_ABBREVIATIONS (whole table)', () => {
  it.each([...NON_TERMINAL_ABBREVIATIONS].filter((a) => !BEFORE_NUMBER_ONLY.has(a)))('"%s." before a capitalised word does not end a sentence', (abbr) => {
    const cap = abbr.charAt(0).toUpperCase() + abbr.slice(1);
    expect(segment(`It was ${cap}. Smith who came here. Then he left.`)).toEqual([`It was ${cap}. Smith who came here.`, 'Then he left.']);
  });

  it.each([...BEFORE_NUMBER_ONLY])('"%s." before a number does not end a sentence', (abbr) => {
    const cap = abbr.charAt(0).toUpperCase() + abbr.slice(1);
    expect(segment(`See ${cap}. 10 in the list. Then more.`)).toEqual([`See ${cap}. 10 in the list.`, 'Then more.']);
  });

  it('every before-number-only abbreviation is also non-terminal', () => {
    expect([...BEFORE_NUMBER_ONLY].filter((a) => !NON_TERMINAL_ABBREVIATIONS.has(a))).toEqual([]);
  });
});

describe('STATE_ABBREVIATIONS (whole table)', () => {
  it.each([...STATE_ABBREVIATIONS])('"%s." before a content word does not end a sentence, before "The" it does', (abbr) => {
    const written = abbr.split('.').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('.');
    expect(segment(`Smith, D-${written}. Senate aides agreed. It passed.`)).toEqual([`Smith, D-${written}. Senate aides agreed.`, 'It passed.']);
    expect(segment(`He lives in Springfield, ${written}. Officials there agreed. It passed.`)).toEqual([`He lives in Springfield, ${written}. Officials there agreed.`, 'It passed.']);
    expect(segment(`He lives in Springfield, ${written}. The vote came later.`)).toEqual([`He lives in Springfield, ${written}.`, 'The vote came later.']);
  });
});
