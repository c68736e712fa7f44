import { describe, expect, it } from 'vitest';
import { personMentions } from '../../../lib/quotes/person-mentions';

const names = (text: string, surnames: string[] = []) => personMentions(text, new Set(surnames)).map((m) => `${m.speaker.text}${m.afterPreposition ? '*' : ''}${m.afterThe ? '^' : ''}`);

describe('personMentions', () => {
  it.each([
    ['a full name', 'Kathy Griffin apologized.', [], ['Kathy Griffin']],
    ['titles stripped to the name', 'Iowa Democratic Rep. Bruce Braley spoke.', [], ['Bruce Braley']],
    ['an initial keeps the run', 'Speaker John A. Boehner of Ohio said so.', [], ['John A. Boehner']],
    ['a title and a surname', 'Sen. Grassley answered.', [], ['Grassley']],
    ['a known surname alone', 'Braley apologized.', ['braley'], ['Braley']],
    ['an unknown single word is no person', 'Braley apologized.', [], []],
    ['a comma ends a run', 'in Columbus, Ohio, on Friday', [], []],
    ['a weekday and a function word are no names', 'On Tuesday The committee met.', [], []],
    ['after a preposition, marked', 'In an interview with Fox News, Mr. Boehner spoke.', [], ['Fox News*', 'Boehner']],
    ['after "the", marked: a body', 'Ginsburg spoke to The New York Times on Saturday.', ['ginsburg'], ['Ginsburg', 'New York Times^']],
    ['after "the" with a title: a person', 'He met the Rev. Al Sharpton.', [], ['Al Sharpton']],
    ['a possessive ends the name', "Senate Majority Leader Harry Reid's office said", [], ['Harry Reid']],
  ])('%s', (_name, text, surnames, expected) => {
    expect(names(text, surnames)).toEqual(expected);
  });
});
