/**
 * Short forms of given names that news copy uses for one person interchangeably ("Dick Cheney" and
 * "Richard B. Cheney"), each with its long form, lower case. Two speakers who share a surname are two
 * people only when their given names differ and neither is a short form of the other: a wrong entry
 * here could only make two people one, so the table lists the common, unambiguous pairs.
 */
export const GIVEN_NAME_FORMS: ReadonlyArray<readonly [string, string]> =
  `bill william|will william|billy william|bob robert|bobby robert|rob robert|dick richard|rick richard|
jim james|jimmy james|jamie james|mike michael|mick michael|chuck charles|charlie charles|ted edward|ed edward|
ned edward|joe joseph|tom thomas|tommy thomas|tony anthony|dan daniel|danny daniel|dave david|steve stephen|
steve steven|chris christopher|chris christine|matt matthew|pat patrick|pat patricia|ben benjamin|sam samuel|
nick nicholas|andy andrew|drew andrew|al albert|al alan|hank henry|harry henry|jack john|johnny john|
jon jonathan|ken kenneth|larry lawrence|jerry gerald|greg gregory|doug douglas|ron ronald|don donald|
fred frederick|newt newton|liz elizabeth|beth elizabeth|betsy elizabeth|kate katherine|kathy kathleen|
cathy catherine|sue susan|deb deborah|debbie deborah|peggy margaret|meg margaret|maggie margaret|
jenny jennifer|jen jennifer|becky rebecca|mitch mitchell|jeb john|beto robert|mitt willard|
abe abraham|alex alexander|alex alexandra|tim timothy|jeff jeffrey|gabe gabriel|zach zachary|vince vincent`
    .split(/\s*\|\s*/)
    .map((pair) => pair.trim().split(/\s+/) as [string, string])
    .filter((pair) => pair.length === 2);
