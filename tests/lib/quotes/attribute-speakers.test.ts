import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../lib/quotes/attribute-speakers';
import { quotePieces } from '../../../lib/quotes/quote-pieces';
import { segmentSentences } from '../../../lib/text/segment-sentences';

function speakers(text: string, title = ''): Array<string | undefined> {
  const sentences = segmentSentences({ title, text });
  return attributeSpeakers(sentences, quotePieces(sentences)).map((s) => s?.text);
}

describe('attributeSpeakers', () => {
  it.each([
    ['the attribution of the sentence', '“We won,” said Harry Reid.', '', ['Harry Reid']],
    ['a remark over two sentences is attributed once', '“We won. We will win again,” said Harry Reid.', '', ['Harry Reid', 'Harry Reid']],
    ['a pronoun stands for the person named before it in its sentence', 'Mr. Santorum described what he called the “phony theology” of the agenda.', '', ['Santorum']],
    ['a pronoun stands for the previous sentence’s subject', 'Braley apologized in Iowa Democratic Rep. Bruce Braley’s name. “I apologize,” he wrote.', '', ['Braley']],
    ['a sentence opening with a pronoun is passed over', 'Kathy Griffin spoke. She said Mr. Trump was angry. “I went too far,” she said.', '', ['Kathy Griffin']],
    ['a body after a preposition is no antecedent', 'In an interview with Fox News, Mr. John Boehner spoke. “It is close,” he said.', '', ['John Boehner']],
    ['a name after “the” is a body, no antecedent', 'The justice spoke to The New York Times on Saturday. “It is close,” she said.', '', [undefined]],
    ['... nor as the sentence’s own subject, where a person stands later', 'The New York Times asked Ruth Bader Ginsburg, and she said, “It is close.”', '', ['Ruth Bader Ginsburg']],
    ['a quote-only sentence takes its paragraph’s speaker', '“We won,” said Harry Reid. “We will win again.”', '', ['Harry Reid', 'Harry Reid']],
    ['a paragraph all quote continues the previous paragraph’s speaker', '“We won,” said Harry Reid.\n\n“We will win again.”', '', ['Harry Reid', 'Harry Reid']],
    ['a headline pronoun stands for the headline’s person', '', "Kathy Griffin apologizes, says she 'went too far'", ['Kathy Griffin']],
    ['an unattributed quote stays unknown', 'The phrase “phony theology” drew fire.', '', [undefined]],
    ['“she” passes over a man’s name to the person it can be', 'Their father, Vice President Dick Cheney, agrees, and the younger Cheney said it when she added, “Freedom means freedom.”', '', ['Cheney']],
    ['“he” passes over a woman’s name', 'Mary Smith met Tom Jones and he said, “We agree.”', '', ['Tom Jones']],
    ['a name known for neither is not ruled out', 'Pat Jones met Smith and she said, “We agree.”', '', ['Pat Jones']],
    ['a role stands for the one person the article gives that title', 'Former Vice President Dick Cheney spoke later. “Freedom means freedom,” the former vice president said.', '', ['Dick Cheney']],
    ['a role in the plural is never one person, even one with that title', 'Officials Smith and Jones met. “We agree,” the officials said.', '', ['officials']],
    ['a role two people hold stays a role', 'President Obama met Vice President Dick Cheney. “We agree,” the president said.', '', ['president']],
    ['“he” passes over a speaker in the plural to the sentence’s subject', 'Mr. Boehner pointed to what aides called “orphan districts.” Then “we will win,” he said.', '', ['aides', 'Boehner']],
    // A limit: a capitalised word opening the sentence may be a name or a plain noun.
    ['a plain noun opening the sentence is read as a name', 'Critics called it a “phony theology” today.', '', ['Critics']],
  ])('%s', (_name, text, title, expected) => {
    expect(speakers(text, title)).toEqual(expected);
  });

  it.each([
    ['“she” found the person: she is a woman', 'Their father, Dick Cheney, agrees, and the younger Cheney said it when she added, “Freedom means freedom.”', 'female'],
    ['“he” found the person: he is a man', 'Bruce Braley apologized. “I apologize,” he wrote.', 'male'],
    ['a name found without a pronoun says nothing of who it is', '“We won,” said Harry Reid.', undefined],
  ])('keeps what the pronoun says of the speaker: %s', (_name, text, gender) => {
    const sentences = segmentSentences({ title: '', text });
    expect(attributeSpeakers(sentences, quotePieces(sentences))[0]?.gender).toBe(gender);
  });

  it.each([
    ['attributed in its sentence: said', '“We won,” said Harry Reid.', 0, undefined],
    ['taken from its own paragraph: said', '“We won,” said Harry Reid. “We will win again.”', 1, undefined],
    ['carried over from the previous paragraph: assumed', '“We won,” said Harry Reid.\n\n“We will win again.”', 1, true],
  ])('marks a speaker the text does not state: %s', (_name, text, piece, assumed) => {
    const sentences = segmentSentences({ title: '', text });
    expect(attributeSpeakers(sentences, quotePieces(sentences))[piece]?.assumed).toBe(assumed);
  });

  it('reads a sentence met before again when its quotes stand elsewhere (a quote left open before it)', () => {
    const sentence = 'We will win," Jones said, and Reid said "we will not."';
    speakers(`Intro.\n\n${sentence}`);
    expect(speakers(`"It is hard. ${sentence}`)).toEqual(['Jones', 'Jones', 'Reid']);
  });
});
