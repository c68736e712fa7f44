import { describe, expect, it } from 'vitest';
import { compareQuotes, type LocatedQuote } from '../../../lib/quotes/compare-quotes';
import type { Speaker } from '../../../lib/quotes/speaker-of-phrase';

const speaker = (key: string): Speaker => ({ kind: 'name', text: key, key: key.toLowerCase() });
const quote = (text: string, who?: string, extra: Partial<LocatedQuote> = {}): LocatedQuote => ({ text, group: 0, ...(who ? { speaker: speaker(who) } : {}), ...extra });
const pairs = (a: LocatedQuote[], b: LocatedQuote[]) => compareQuotes(a, b).map((q) => [q.a, q.b, q.kind]);

describe('compareQuotes', () => {
  it('lists a remark both quote, classified, with speakers and what was cut', () => {
    const [q, ...rest] = compareQuotes([quote('We will win, and we will win again', 'Reid', { group: 3 })], [quote('we will win again', 'Reid', { group: 5 })]);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ group: 3, groupB: 5, kind: 'trimmed', speakers: { a: 'Reid', b: 'Reid' }, cut: { a: [], b: ['We will win, and'] }, tokens: [] });
  });

  it('gives a reworded pair its word diff', () => {
    const [q] = compareQuotes([quote('We greatly appreciate your support', 'Putin')], [quote('We highly appreciate your support', 'Putin')]);
    expect(q?.tokens.filter((t) => t.op !== 'equal').map((t) => t.text.trim())).toEqual(['greatly', 'highly']);
  });

  it.each([
    ['identical remarks are listed too', [quote('We have never seen the water rise this fast', 'Ruiz')], [quote('We have never seen the water rise this fast', 'Ruiz')], [['We have never seen the water rise this fast', 'We have never seen the water rise this fast', 'identical']]],
    ['the same remark in other words', [quote('We greatly appreciate your support', 'Putin')], [quote('We highly appreciate your support', 'Putin')], [['We greatly appreciate your support', 'We highly appreciate your support', 'reworded']]],
    ['two speakers never pair', [quote('It is not against the president', 'Pelosi')], [quote('It is not against the president', 'Earnest')], []],
    ['an unknown speaker needs nearly all the words', [quote('we will confront the crisis on our border')], [quote('we will confront the crisis on our southern border one way or another')], [['we will confront the crisis on our border', 'we will confront the crisis on our southern border one way or another', 'reworded']]],
    ['an unknown speaker and little shared wording', [quote('We want a better deal for workers')], [quote('this amazing deal for America')], []],
    ['different remarks of one speaker', [quote('the markets will recover soon', 'Obama')], [quote('we condemn the missile launch', 'Obama')], []],
    ['two sentences of one statement share words thinly', [quote('We can confirm the campaign received subpoenas from the U.S. Attorney’s office and the state legislative committee', 'Sheridan')], [quote('The campaign and the state party will cooperate with the U.S. Attorney’s office and the state legislative committee and respond to the subpoenas', 'Sheridan')], []],
    ['two remarks on one subject share its words, not how they are said', [quote('We are talking here about a flood of our valley', 'Ruiz')], [quote('We have a flood of water and mud coming into our valley', 'Ruiz')], []],
    ['a remark to someone and one about him are two remarks', [quote('I fear that the mayor’s tram plan reflects the wishes of his oldest donors rather than the needs of Valdera')], [quote('Your tram plan appears to reflect the wishes of your oldest donors, rather than the needs of Valdera')], []],
    ['“you” on both sides is one remark in other words', [quote('Your tram plan serves the wishes of your oldest donors more than the people of Valdera')], [quote('Your tram plan seems to serve the wishes of your oldest donors more than the people of Valdera')], [['Your tram plan serves the wishes of your oldest donors more than the people of Valdera', 'Your tram plan seems to serve the wishes of your oldest donors more than the people of Valdera', 'reworded']]],
    ['“you” on one side, no “he” or “they” left on the other', [quote('We thank you for the support of the people of Iran', 'Putin')], [quote('We thank the people of Iran for the support', 'Putin')], [['We thank you for the support of the people of Iran', 'We thank the people of Iran for the support', 'reworded']]],
    ['a title is no remark', [quote('Face the Nation', 'Santorum', { title: true })], [quote('Face the Nation', 'Santorum')], []],
    ['words the longer quote’s speaker quotes from someone else are another remark', [quote('war of Obama’s choosing')], [quote('Needless to say, the war in Afghanistan was not “a war of Obama’s choosing.”', 'Kristol')], []],
    ['a speaker quoting themself (“I said”) is still that remark', [quote('Because we’re gonna go in there and we’re gonna impeach him', 'Tlaib')], [quote('And I said, ‘Baby, they don’t, because we’re gonna go in there and we’re gonna impeach him.’', 'Tlaib')], [['Because we’re gonna go in there and we’re gonna impeach him', 'And I said, ‘Baby, they don’t, because we’re gonna go in there and we’re gonna impeach him.’', 'trimmed']]],
    ['a one-word quote pairs only word for word', [quote('right', 'Trump')], [quote('I will not give up my right to run', 'Trump')], []],
    ['a one-word quote word for word', [quote('anachronistic', 'Santorum')], [quote('anachronistic', 'Santorum')], [['anachronistic', 'anachronistic', 'identical']]],
  ])('%s', (_name, a, b, expected) => {
    expect(pairs(a, b)).toEqual(expected);
  });

  // A speaker carried over from the previous paragraph (a paragraph all quote) is a likely reading, not the text's word.
  const carried = (text: string, who: string): LocatedQuote => ({ text, group: 0, speaker: { ...speaker(who), assumed: true } });
  it.each([
    ['a sentence word for word: one remark, the carried-over speaker left out', [carried('His conduct is unbecoming of a member of Congress.', 'Etheridge')], [quote('His conduct is unbecoming of a member of Congress.', 'Thompson')], [['His conduct is unbecoming of a member of Congress.', 'His conduct is unbecoming of a member of Congress.', 'identical', { b: 'Thompson' }]]],
    ['a short line word for word: still two people (a daughter quoting her father)', [carried('Freedom means freedom for everyone.', 'Mary Cheney')], [quote('I think that freedom means freedom for everyone', 'Dick Cheney')], []],
    ['other words: two people', [carried('We will never stop fighting for the families of this district', 'Reid')], [quote('We shall never stop fighting for the families in this district', 'Thompson')], []],
    ['the same speaker carried over: as named', [carried('We will never stop fighting for the families of this district', 'Reid')], [quote('We will never stop fighting for the families of this district', 'Reid')], [['We will never stop fighting for the families of this district', 'We will never stop fighting for the families of this district', 'identical', { a: 'Reid', b: 'Reid' }]]],
  ])('a speaker carried over from the previous paragraph: %s', (_name, a, b, expected) => {
    expect(compareQuotes(a, b).map((q) => [q.a, q.b, q.kind, q.speakers])).toEqual(expected);
  });

  it('pairs a quote with every quote of the same remark in the other article', () => {
    const result = pairs([quote('It is about some phony ideal, some phony theology', 'Santorum')], [quote('phony theology', 'Santorum'), quote('some phony theology', 'Santorum')]);
    expect(result.map((r) => r[2])).toEqual(['trimmed', 'trimmed']);
  });

  it('drops a near miss when the other article carries the quote word for word elsewhere', () => {
    const result = pairs([quote('went too far', 'Griffin')], [quote('I went way too far', 'Griffin'), quote('I went too far', 'Griffin')]);
    expect(result).toEqual([['went too far', 'I went too far', 'trimmed']]);
  });

  it('joins the pieces of one remark that the other article quotes in one sentence', () => {
    const a = [quote('Oh, not a theology based on the Bible.', 'Santorum', { remark: 1 }), quote('A different theology.', 'Santorum', { remark: 1 })];
    const b = [quote('Oh, not a theology based on the Bible, a different theology', 'Santorum', { remark: 4 })];
    expect(pairs(a, b)).toEqual([['Oh, not a theology based on the Bible. A different theology.', 'Oh, not a theology based on the Bible, a different theology', 'identical']]);
  });
});
