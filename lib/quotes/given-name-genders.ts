/**
 * Common given names that are almost always a man's or a woman's, lower case: "she added" cannot stand for
 * "Dick Cheney" when the sentence also names "the younger Cheney". Names used for both (Pat, Chris, Alex,
 * Jordan, Taylor, Kelly) are in neither list; a name in neither list rules nothing out.
 */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron adam al alan albert alexander andrew andy anthony barack ben benjamin bernie beto bill billy bob
bobby brad brian bruce carl charles charlie chuck dan daniel danny dave david dennis dick don donald doug
douglas ed edward eric frank fred gary george gerald greg gregory harry henry howard jack james jason jeb
jeff jeffrey jerry jim jimmy joe john johnny jon jonathan joseph josh joshua keith ken kenneth kevin larry
lawrence lindsey mark matt matthew michael mike mitch mitt newt nick nicholas orrin patrick paul peter
rand randy ray raymond richard rick rob robert roger ron ronald rudy rush sam samuel scott sean stephen
steve steven ted thomas tim timothy todd tom tommy tony walter william`
    .split(/\s+/)
    .filter(Boolean),
);

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `abigail alexandria alice amy ann anna anne barbara betsy betty carly carol caroline catherine cathy
cheryl christine claire debbie deborah diane donna dorothy elaine elise elizabeth ellen emily gabrielle
gina hannah heather heidi helen hillary ilhan jane janet jean jennifer jessica jill joan joni judith judy
julia julie karen kate katherine kathleen kathy kayleigh kellyanne kirsten laura lauren linda lisa liz
lynn margaret maria marie martha mary maxine megan melania melissa michelle michele nancy nikki pamela
patricia patty rachel rebecca rosa ruth sally sara sarah sharon stephanie sue susan susana tammy teresa
tulsi valerie virginia`
    .split(/\s+/)
    .filter(Boolean),
);
