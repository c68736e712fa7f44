import { describe, expect, it } from 'vitest';
import { findMeasureDrift, namedMeasures } from '../../../lib/drift/find-measure-drift';

describe('namedMeasures', () => {
  it.each([
    ['digits', 'Read the 48-page indictment.', [{ value: 48, text: '48-page indictment' }]],
    ['a number word', 'He serves a four-year term.', [{ value: 4, text: 'four-year term' }]],
    ['thousands with a comma', 'They walked the 1,200-mile route.', [{ value: 1200, text: '1,200-mile route' }]],
    ['a two-word unit', 'a one-in-three chance', [{ value: 1, text: 'one-in-three chance' }]],
    ['an age names a person: left out', 'The 5-year-old boy was found.', []],
    ['no determiner', 'Prosecutors wrote 48-page indictments.', []],
    ['a number without a unit word', 'the 2-1 vote', []],
  ])('%s', (_name, text, expected) => {
    const found = namedMeasures(text);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });

  it('keys a measure by its unit and noun, inflection aside', () => {
    const [x, y, z] = [namedMeasures('the 48-page indictment'), namedMeasures('the 47-pages indictments'), namedMeasures('the 47-page report')].map((m) => m[0]?.key);
    expect(x).toBe(y);
    expect(x).not.toBe(z);
  });
});

describe('findMeasureDrift', () => {
  const values = (a: string[], b: string[]) => findMeasureDrift(a, b).map((d) => `${d.a}|${d.b} ${d.value.a.join()} / ${d.value.b.join()} (${d.value.about})`);

  it.each([
    ['one document measured two ways, in sentences apart', ['Hunter was charged.', 'Among the allegations in the 48-page indictment were vacations for Hunter.'], ['“The goal was to enrich themselves,” the 47-page indictment of Duncan Hunter says.'], ['1|0 48-page indictment / 47-page indictment (page indictment)']],
    ['the first sentence that states it', ['Then Justice Roberts gave the 38-word oath at noon.', 'He took the 38-word oath.'], ['The 35-word oath was given by Justice Roberts.'], ['0|0 38-word oath / 35-word oath (word oath)']],
  ])('drift: %s', (_name, a, b, expected) => {
    expect(values(a, b)).toEqual(expected);
  });

  it.each([
    ['the same value', ['The 48-page indictment.'], ['A 48-page indictment.']],
    ['one side measures two things of one kind', ['There is a one-in-three chance we lose.'], ['A two-in-three chance we win, a one-in-three chance we lose.']],
    ['other nouns', ['The 48-page indictment.'], ['The 47-page report.']],
    ['other units', ['The 10-year plan.'], ['The 10-month plan.']],
    ['ages: two children as often as one', ['The 5-year-old boy.'], ['The 7-year-old boy.']],
    ['no name in common: two people', ['Captain Tennant was a 28-year veteran of the Woodburn Police Department.'], ['A nurse said Russell, a 20-year veteran of the department, is recovering.']],
    ['no name in common: two phones', ['The 3.2-megapixel camera records video.'], ['The Shadow II and the rumored Samsung Memoir, which will carry an 8-megapixel camera, join the range.']],
    ['only one side measures it', ['The 48-page indictment.'], ['The indictment.']],
  ])('no drift: %s', (_name, a, b) => {
    expect(values(a, b)).toEqual([]);
  });
});
