import { describe, expect, it } from 'vitest';
import { findDrift } from '../../../lib/diff/find-drift';

describe('findDrift', () => {
  it.each([
    ['a number changed', 'His first visit in 24 years.', 'His first visit in 25 years.', [{ kind: 'number', a: ['24'], b: ['25'] }]],
    ['a day changed', 'Troops crossed the border on Tuesday.', 'Troops crossed the border on Monday.', [{ kind: 'date', a: ['Tuesday'], b: ['Monday'] }]],
    ['a person changed', 'The statement came from spokesman John Kirby.', 'The statement came from spokeswoman Karine Jean-Pierre.', [{ kind: 'name', a: ['John Kirby'], b: ['Karine Jean Pierre'] }]],
    ['number word and digits agree', 'The two leaders met.', 'The 2 leaders met.', []],
    ['a detail left out is not drift', 'He arrived on Wednesday in Pyongyang.', 'He arrived in Pyongyang.', []],
    ['a shorter form of the same name', 'Vladimir Putin arrived.', 'Mr Putin arrived.', []],
    ['name variants', 'Kim Jong-un waited.', 'Kim Jong Un waited.', []],
    ['identical', 'Same 5 things on Friday.', 'Same 5 things on Friday.', []],
  ])('%s', (_name, a, b, expected) => {
    expect(findDrift(a, b)).toEqual(expected);
  });
});
