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
