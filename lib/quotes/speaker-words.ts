/**
 * Verbs that attribute a quote to whoever is their subject ("Santorum told the crowd", "said Hilary
 * Shelton", "the letter stated", "he went on"), in the forms news copy uses. "called" and "described"
 * count: "Gibbs called his rhetoric 'well over the line'" quotes Gibbs. Forms that are as often plural
 * nouns ("states", "claims", "remarks", "calls", "notes") are left out: "in Democratic-leaning states".
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells added adds wrote writes stated asked asks declared declares explained explains
noted continued continues tweeted posted argued argues insisted insists warned warns replied responded
responds answered acknowledged acknowledges admitted admits announced announces claimed concluded
concludes contended contends cautioned complained complains conceded concedes emphasized emphasizes joked
predicted predicts quipped remarked testified testifies urged vowed reads recalled recalls called
described describes dubbed labeled labelled shouted yelled pleaded texted emailed suggested suggests
maintained maintains countered boasted mocked`
    .split(/\s+/)
    .filter(Boolean),
);

/** Pronouns a speaker is named by once introduced: resolved to the last speaker named before. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * Words that stand before a person's name as a title or office (lower case, stops removed): stripped
 * from a speaker's name, so "Senate Majority Leader Harry Reid" and "Mr. Reid" are one speaker.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr sen sens senator rep reps representative congressman congresswoman gov governor lt
president vice secretary speaker leader majority minority chairman chairwoman chair judge justice chief
gen general col adm admiral father rev reverend bishop pope cardinal prime minister attorney mayor
ambassador king queen prince princess sir lady lord former acting house senate state white deputy press
sheriff officer detective sgt capt professor prof coach whip`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that open a noun phrase naming a speaker by role ("the letter", "a spokesman", "his lawyer"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);

/**
 * Nouns that name a speaker by role or a document that speaks ("the letter stated", "a spokesman said"),
 * lower case, singular: a subject whose head is not one of them (a verb, a topic) is no speaker.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `letter statement memo report indictment complaint lawsuit ruling order resolution bill tweet post ad release
filing document email message note president spokesman spokeswoman spokesperson aide adviser advisor
official lawyer attorney congressman congresswoman senator governor mayor leader chairman chairwoman
secretary minister judge justice campaign committee department agency administration group organization
company candidate nominee speaker host director chief commissioner prosecutor police sheriff officer source
pope bishop priest pastor professor expert analyst economist strategist lawmaker legislator representative
member chancellor premier ambassador general commander spokesmen officials sources lawmakers`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that open a sentence with a capital but never name anyone ("However, Clinton said"): a name
 * run does not start with them.
 */
export const NOT_NAME_CAPITALS: ReadonlySet<string> = new Set(
  `however meanwhile still instead later earlier today yesterday tonight indeed asked speaking according
despite unlike like although though yet also even perhaps nevertheless nonetheless moreover furthermore
updated update`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Last words of a body's name, not a person's ("Local Republican Party", "Fox News", "The Hill" aside):
 * such a name is no antecedent for "he" or "she".
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  `party committee department news times post journal house senate congress court university college
association council agency administration campaign group inc corp network church school foundation
institute bureau office commission union club company bank fund service services affiliates states
republicans democrats`
    .split(/\s+/)
    .filter(Boolean),
);
