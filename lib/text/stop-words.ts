/**
 * English function words: they carry little of what a sentence says, so they weigh little when
 * sentences or articles are compared, and a short run of them is no evidence that two texts agree.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say told also would could may might must shall us its it's he's she's they're we're i'm
one ones been being upon within without via per amid among toward towards across along around onto
mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True for function words that say little about content.
 * @example isStopWord('The') // -> true
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
