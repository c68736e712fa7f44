/** Number words written out in news copy, as the digits they stand for, so "two" and "2" agree. Maps, not
 * objects, so a word like "constructor" finds nothing. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', thousand: '1000', million: '1000000',
  billion: '1000000000', dozen: '12', first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th',
  sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th',
  }),
);

/**
 * Calendar words (lower case, full and abbreviated), whose differences are date drift. Only counted when
 * capitalised ("May" the month, not "may"). Relative days (today, yesterday) are left out: outlets
 * writing on different days say them differently about the same date.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Month abbreviations folded to the month, so "Jan." and "January" agree. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
  }),
);

/** Words that scale the number before them: "$1.4 million". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * Scales written against a sum of money as a suffix ("$281m", "£1.2bn", "$50k"), as British and business
 * copy does. Only after a currency sign: "60m" alone is sixty metres.
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
]);

/** Currency signs and words, to the currency they name: "$5" and "5 dollars" are one unit. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
  $: 'usd', dollar: 'usd', dollars: 'usd', '€': 'eur', euro: 'eur', euros: 'eur', '£': 'gbp', pound: 'gbp', pounds: 'gbp',
  }),
);

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct']);

/**
 * Words before a number that make it a bound, not a value: "more than 10" agrees with 12. "nearly" and
 * "about" are not bounds: judged on BASIL, "nearly $44 million" against "$43 million" is a conflict.
 */
export const BOUND_WORDS: ReadonlyMap<string, 'min' | 'max'> = new Map(
  Object.entries({
  'more than': 'min', 'at least': 'min', over: 'min', 'upwards of': 'min', 'in excess of': 'min',
  'fewer than': 'max', 'less than': 'max', under: 'max', 'up to': 'max', 'at most': 'max',
  }),
);

/**
 * Words that count the same thing, folded to one unit: a death toll is "12 dead", "12 killed", "12 people
 * died" or "12 deaths" (word keys, as wordKey gives them).
 */
export const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
  dead: 'death', die: 'death', died: 'death', death: 'death', kill: 'death', fatality: 'death',
  injur: 'injury', injury: 'injury', wound: 'injury', hurt: 'injury',
  }),
);

/**
 * Nouns of office and function that stand before a name or after it in apposition ("Defense Secretary
 * James Mattis", "Josh Earnest, the White House press secretary"): a name in the same role on both
 * sides that differs is a conflict.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  `secretary spokesman spokeswoman spokesperson director chairman chairwoman chair leader governor senator
representative congressman congresswoman mayor minister president chief commissioner judge justice
general adviser advisor ambassador speaker whip ceo administrator prosecutor attorney counsel sheriff
superintendent treasurer manager strategist aide`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that hedge a number without bounding it ("nearly $44 million"): shown with the number, read as its value. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'approximately', 'around', 'some', 'estimated']);

/** Words that tie a year to what it dates ("since 2002", "ends in 2019"): two years conflict only after the same one. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'in', 'from', 'until', 'through', 'by', 'before', 'after', 'to', 'of', 'till']);
