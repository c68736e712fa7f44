/**
 * Contractions and the words they stand for, as outlets spell one remark both ways ("They're" / "They
 * are", "I'd like" / "I would like"). "'d" stands for "would" or "had", "'s" for "is" or "has": each
 * spelling lists its readings. A noun's "'s" is mostly a possessive and is left alone: only the pronouns
 * and "let's" are listed.
 */
export const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    "i'm": ['i am'], "you're": ['you are'], "we're": ['we are'], "they're": ['they are'],
    "i've": ['i have'], "you've": ['you have'], "we've": ['we have'], "they've": ['they have'],
    "i'll": ['i will'], "you'll": ['you will'], "he'll": ['he will'], "she'll": ['she will'], "we'll": ['we will'], "they'll": ['they will'], "it'll": ['it will'],
    "i'd": ['i would', 'i had'], "you'd": ['you would', 'you had'], "he'd": ['he would', 'he had'], "she'd": ['she would', 'she had'], "we'd": ['we would', 'we had'], "they'd": ['they would', 'they had'],
    "it's": ['it is', 'it has'], "he's": ['he is', 'he has'], "she's": ['she is', 'she has'], "that's": ['that is', 'that has'], "there's": ['there is', 'there has'], "what's": ['what is', 'what has'], "who's": ['who is', 'who has'], "let's": ['let us'],
    "don't": ['do not'], "doesn't": ['does not'], "didn't": ['did not'], "isn't": ['is not'], "aren't": ['are not'], "wasn't": ['was not'], "weren't": ['were not'],
    "can't": ['can not', 'cannot'], "won't": ['will not'], "wouldn't": ['would not'], "couldn't": ['could not'], "shouldn't": ['should not'], "haven't": ['have not'], "hasn't": ['has not'], "hadn't": ['had not'],
    gonna: ['going to'], wanna: ['want to'], gotta: ['got to'],
  }),
);
