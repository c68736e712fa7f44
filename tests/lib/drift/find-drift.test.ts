import { describe, expect, it } from 'vitest';
import { findDrift } from '../../../lib/drift/find-drift';

const drift = (a: string, b: string) => findDrift(a, b).map((d) => `${d.kind}: ${d.a.join(', ')} / ${d.b.join(', ')}`);

describe('findDrift', () => {
  // Passages that are not aligned (a partly covered sentence, a fact told in passing) may count two things.
  it.each([
    ['two figures said of one fund: its size and its shortfall', "Tax increases alone cannot keep the program's $2.6 trillion trust fund from running out of money.", "The program's trust fund will need $6.5 trillion in additional money over 75 years.", ['number: $2.6 trillion / $6.5 trillion'], []],
    ['a measure and what it measures', 'The chief justice administered the 38-word oath at noon.', 'Trump took the 35-word oath administered by the chief justice.', ['number: 38-word oath / 35-word oath'], ['number: 38-word oath / 35-word oath']],
    ['pages of one indictment', 'Prosecutors filed a 48-page indictment on Tuesday.', 'The 47-page indictment was filed by prosecutors on Tuesday.', ['number: 48-page indictment / 47-page indictment'], ['number: 48-page indictment / 47-page indictment']],
    ['two holders of one title', 'Defense Secretary Jim Mattis said the troops would stay.', 'Defense Secretary Mark Esper said the troops would stay.', ['name: Jim Mattis / Mark Esper'], []],
    ['a year after the same preposition', 'His second and final term as governor ends in 2019.', 'He may resign before his term as governor ends in 2018.', ['date: 2019 / 2018'], ['date: 2019 / 2018']],
    ['two dates of one case, no word right before both', 'The mayor was acquitted in 1998 on charges of bribery.', 'In 1997 the mayor was charged with bribery.', ['date: 1998 / 1997'], []],
  ])('aligned against passing: %s', (_name, a, b, aligned, passing) => {
    expect(drift(a, b)).toEqual(aligned);
    expect(findDrift(a, b, { passing: true }).map((d) => `${d.kind}: ${d.a.join(', ')} / ${d.b.join(', ')}`)).toEqual(passing);
  });

  it.each([
    ['a number changed', 'His first visit to the North in 24 years.', 'His first visit to the North in 25 years.', ['number: 24 years / 25 years']],
    ['an age in two wordings of one statement', 'The 17-year-old driver was arrested at the scene.', 'The 18-year-old driver was arrested at the scene.', ['number: 17-year-old / 18-year-old']],
    ['two running totals', 'So far, the navy has seized 14 rifles and 31 magazines.', 'The navy has seized a total of 14 rifles and 33 magazines.', ['number: 31 magazines / 33 magazines']],
    ['two season totals', 'He has caught 52 passes for 440 yards this season.', 'He has caught 52 passes for 410 yards on the season.', ['number: 440 yards / 410 yards']],
    ['one quantity among others, by its context', 'The Clintons have paid $43 million in federal taxes since 2007.', 'They earned roughly $141 million and paid $47 million in federal income taxes.', ['number: $43 million / $47 million']],
    ['a hedged value beyond its last digit', 'The Clintons paid nearly $44 million in federal taxes.', 'The Clintons paid $41 million in federal taxes.', ['number: nearly $44 million / $41 million']],
    ['a death toll in other words', 'Storm floods capital, 12 dead as rivers burst banks', 'Capital flooded as rivers overflow, 14 killed', ['number: 12 dead / 14 killed']],
    ['a year after the same preposition', 'Pelosi has led House Democrats since 2002.', 'Pelosi has led House Democrats since 2003.', ['date: 2002 / 2003']],
    ['a month of the same event', 'Defense Secretary James Mattis to leave as of January 1', 'Defense Secretary Jim Mattis will retire in February', ['date: January 1 / February']],
    ['a weekday in two wordings of one statement', 'Troops crossed the border on Tuesday.', 'Troops crossed the border on Monday.', ['date: Tuesday / Monday']],
    ['a weekday after the same verb, a name said of both', 'She had started the storm with comments to The New York Times published Saturday.', '“I can’t imagine it,” Ginsburg told The New York Times in an article published Sunday.', ['date: Saturday / Sunday']],
    ['the same numbers counting swapped things', 'The school enrolled 10 boys and 20 girls this year.', 'The school enrolled 10 girls and 20 boys this year.', ['number: 10 boys / 20 boys', 'number: 20 girls / 10 girls']],
    ['parts that do not make the total', 'The chip maker is paying $281m in cash and $53m in stock for the start-up.', 'The chip maker is paying $354 million in cash and stock for the start-up.', ['number: $281m / $354 million']],
    ['two counts of the rest', 'Commandos seized seven rifles, two other rifles and a grenade launcher.', 'Commandos seized seven rifles, three other rifles and a grenade launcher.', ['number: two other rifles / three other rifles']],
    ['sums of money with a scale suffix', 'AMD is paying $281m in cash for SeaMicro.', 'AMD is paying $291 million in cash for SeaMicro.', ['number: $281m / $291 million']],
    ['a person in the same role', 'The statement came from press secretary John Kirby.', 'The statement came from press secretary Karine Jean-Pierre.', ['name: John Kirby / Karine Jean-Pierre']],
  ])('%s', (_name, a, b, expected) => {
    expect(drift(a, b)).toEqual(expected);
  });

  it.each([
    ['number word and digits agree', 'The two leaders met.', 'The 2 leaders met.'],
    ['a value only one side gives', 'He arrived on Wednesday in Pyongyang.', 'He arrived in Pyongyang.'],
    ['a rounded value and the exact one', 'The couple paid $43 million in federal taxes.', 'The couple paid $43,885,310 in federal taxes.'],
    ['a hedged value and a truncated one ($43.9 million)', 'The Clintons have paid $43 million in federal taxes since 2007.', 'They earned roughly $141 million and paid nearly $44 million in federal income taxes.'],
    ['a value within a bound', 'More than 10 people died in the fire.', '12 people died in the fire.'],
    ['numbers of different things', 'He spent $750,000 in campaign cash on personal items.', 'He bought personal items including a $43,000 Rolex watch.'],
    ['the same quantity of other people', 'The release comes a month after Jeb Bush released 33 years of returns, showing his net worth.', 'Hillary Rodham Clinton on Friday released her most recent eight years of tax returns, showing that she earned $139 million.'],
    ['a title-case headline against a sentence', 'Obama Medicare Attack In 2008 Targeted McCain For Cutting $800 Billion From Program', 'Now when you need it, Obama has cut $716 billion from Medicare.'],
    ['years after other prepositions', 'paid $43 million in federal taxes since 2007', 'her 2014 federal tax rate'],
    ['weekdays of two events', 'Steele sent an e-mail to committee members Saturday night.', 'Steele will speak with committee members on Monday evening.'],
    ['weekdays after a speech verb: two remarks', 'Speaker Paul Ryan said Tuesday that the House would act.', 'Speaker Paul Ryan said Monday that the vote would wait.'],
    ['weekdays after the same verb, no name said of both', 'The report was published Saturday by the committee.', 'A second study was published Sunday by researchers.'],
    ['ordinals said two ways', 'Cowan will become the second black senator from Massachusetts, after Edward Brooke.', 'Cowan will become Massachusetts’ first black senator since Edward Brooke.'],
    ['a role against a name', '“The First Amendment protects freedom of religion,” Manley said.', '“The First Amendment protects freedom of religion,” reads a statement from Senate Majority Leader Harry Reid’s office.'],
    ['title-case headline words', 'Hypocritical Senate Leader Blasts Release', 'Senate Leader Harry Reid Slams Report'],
    ['a spelling variant', 'The F.B.I. opened an inquiry.', 'The FBI opened an inquiry.'],
    ['a dateline', 'WASHINGTON — The Senate voted on Wednesday.', 'The Senate voted on Wednesday.'],
    ['two people\'s ages', 'Police said a 36-year-old driver hit a pedestrian outside Sam\'s Club on Friday.', 'The 66-year-old pedestrian hit outside Sam\'s Club, a retired teacher who had lived in Flatbush for decades and volunteered at the local library, died in hospital hours later, relatives told reporters.'],
    ['a running total against one event\'s count', 'Six rifles, 12 magazines and 300 rounds of ammunition were seized from the boats.', 'So far, the navy has confiscated 14 rifles, 31 magazines and 923 rounds of ammunition from pirates.'],
    ['two pages\' date lines', 'Shooter Charged Published April 11, 2007 A man fired four days earlier opened fire.', 'Shooting Leaves Woman Dead Published: April 10, 2007 A man who was fired last week opened fire.'],
    ['a season\'s total against one game\'s count', 'Against the Bears he caught eight passes for 66 yards and two touchdowns.', 'He caught 52 passes for 440 yards and four touchdowns this season.'],
    ['the whole a part is counted out of against a count of its own', 'Three of the four soldiers killed by friendly fire died when a tank fired on their post.', 'Five soldiers were killed by friendly fire when a tank fired on their post.'],
    ['a sum told as its parts', 'The chip maker is paying $281m in cash and $53m in stock for the start-up.', 'The chip maker is paying $334 million in cash and stock for the start-up.'],
    ['a count of the rest against the whole', 'Police said three victims were taken to Mercy Hospital in Dayton.', 'Police said two other victims were taken to Mercy Hospital in Dayton.'],
    ['a scale suffix and its word', 'AMD is paying $281m in cash for SeaMicro.', 'AMD is paying $281 million in cash for SeaMicro.'],
    ['a range whose first end leaves its scale to the second', 'The Orioles offered between $140 million and $150 million over seven years.', 'The Orioles have made an offer between $140 and $150 million over seven years.'],
    ['a whole and its fraction, slash spaced, are not read as a value (never "2 hours")', 'He left after 6 hours of testimony Wednesday evening.', 'He left after 4 1 / 2 hours of testimony Wednesday evening.'],
    ['the same person in one role, a name folded as a word key ("Baddour" keyed "baddor")', 'Ford, coach Roy Williams and athletics director Dick Baddour presented the ball.', 'Ford, Williams and athletic director Dick Baddour presented the ball.'],
    ['the same date lines run into the headline', 'Gigante dies in prison December 19, 2005 Vincent Gigante died.', 'Gigante, 77, Crime Boss December 20, 2005 Vincent Gigante died.'],
    ['identical', 'Same 5 things on Friday.', 'Same 5 things on Friday.'],
  ])('no drift: %s', (_name, a, b) => {
    expect(drift(a, b)).toEqual([]);
  });

  it('says what the values are of', () => {
    expect(findDrift('Pelosi has led House Democrats since 2002.', 'Pelosi has led House Democrats since 2003.')[0]?.about).toBe('since, Democrats, House, led');
  });
});
