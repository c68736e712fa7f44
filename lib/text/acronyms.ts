/**
 * Acronyms of US and world news and what they stand for: `key` is the content key the acronym and every
 * expansion become, so "G.O.P.", "GOP" and "Grand Old Party" share one key, and "IRS" meets "Internal
 * Revenue Service". Expansions are written as news copy writes them; they are read into content keys the way
 * any text is (function words dropped: "Department of Justice" matches "Justice Department"'s keys in another
 * order only if listed so). `alias` folds a single word into the key as well, where outlets use the word for
 * the acronym ("Republicans" for the G.O.P.).
 */
export interface AcronymEntry {
  key: string;
  acronyms: readonly string[];
  expansions: readonly string[];
  alias?: readonly string[];
}

export const ACRONYMS: readonly AcronymEntry[] = [
  { key: 'gop', acronyms: ['gop'], expansions: ['Grand Old Party'], alias: ['republican'] },
  { key: 'fbi', acronyms: ['fbi'], expansions: ['Federal Bureau of Investigation'] },
  { key: 'cia', acronyms: ['cia'], expansions: ['Central Intelligence Agency'] },
  { key: 'doj', acronyms: ['doj'], expansions: ['Justice Department', 'Department of Justice'] },
  { key: 'dhs', acronyms: ['dhs'], expansions: ['Homeland Security Department', 'Department of Homeland Security'] },
  { key: 'irs', acronyms: ['irs'], expansions: ['Internal Revenue Service'] },
  { key: 'epa', acronyms: ['epa'], expansions: ['Environmental Protection Agency'] },
  { key: 'rnc', acronyms: ['rnc'], expansions: ['Republican National Committee'] },
  { key: 'dnc', acronyms: ['dnc'], expansions: ['Democratic National Committee'] },
  { key: 'naacp', acronyms: ['naacp'], expansions: ['National Association for the Advancement of Colored People'] },
  { key: 'cbo', acronyms: ['cbo'], expansions: ['Congressional Budget Office'] },
  { key: 'nsa', acronyms: ['nsa'], expansions: ['National Security Agency'] },
  { key: 'ice', acronyms: ['ice'], expansions: ['Immigration and Customs Enforcement'] },
  { key: 'un', acronyms: ['un'], expansions: ['United Nations'] },
  { key: 'eu', acronyms: ['eu'], expansions: ['European Union'] },
  { key: 'nato', acronyms: ['nato'], expansions: ['North Atlantic Treaty Organization'] },
  { key: 'us', acronyms: ['us', 'usa'], expansions: ['United States', 'United States of America'] },
  { key: 'uk', acronyms: ['uk'], expansions: ['United Kingdom'] },
  { key: 'aclu', acronyms: ['aclu'], expansions: ['American Civil Liberties Union'] },
  { key: 'ncaa', acronyms: ['ncaa'], expansions: ['National Collegiate Athletic Association'] },
];
