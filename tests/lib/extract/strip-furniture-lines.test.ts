import { describe, expect, it } from 'vitest';
import { stripFurnitureLines } from '../../../lib/extract/strip-furniture-lines';
import type { TextLine } from '../../../lib/extract/types';

const p = (text: string): TextLine => ({ text, kind: 'paragraph' });
const h = (text: string): TextLine => ({ text, kind: 'heading' });
const li = (text: string): TextLine => ({ text, kind: 'item' });
const link = (text: string, kind: TextLine['kind'] = 'paragraph'): TextLine => ({ text, kind, linkish: true });

const body1 = p('Russian President Vladimir Putin arrived in North Korea early on Wednesday, the Kremlin said.');
const body2 = p('Kim greeted him on the tarmac with a hug, and the two leaders drove off together.');

describe('stripFurnitureLines', () => {
  it.each<[string, TextLine[], TextLine[]]>([
    ['furniture lines anywhere', [p('Advertisement'), body1, p('Leave a Comment'), body2], [body1, body2]],
    ['label with bullets in the middle, body after it kept', [body1, p('Also Read:'), li('How the summit went'), li('What India said'), body2], [body1, body2]],
    ['label with teasers and relative timestamps', [body1, p('Recent Posts'), p('Geography conference champions youth'), p('Colonel urges youth to use geography.'), p('4 hours ago'), p('India sends record squad'), p('India names a record team.'), p('5 hours ago')], [body1]],
    ['previous/next story labels with their headlines', [body1, p('Previous Story'), p('Senate approves reform'), p('Next Story'), p('Labour condemns candidate')], [body1]],
    ['numbered trending list after a label', [body1, p('Trending Stories'), p('National News'), li('Delhi: Power Demand All-time High'), li('Bima Bharti To Seek Re-Election')], [body1]],
    ['cut-off teaser summaries (no sentence end) after a label', [body1, p("Don't Miss"), p('Putin calls siege unacceptable'), p('Putin also went on to mention the Palestinian demand for')], [body1]],
    ['subhead after a label run is kept when body follows it', [body1, p('Also Read:'), li('How the summit went'), h('Reaction in Seoul'), body2], [body1, h('Reaction in Seoul'), body2]],
    ['subheads and bullets inside the body kept', [body1, h('Key points'), li('Kim thanked Putin'), li('A pact was signed'), body2], [body1, h('Key points'), li('Kim thanked Putin'), li('A pact was signed'), body2]],
    ['trailing byline name and outlet tag dropped', [body1, p('Spriha Rai'), p('indian mirror')], [body1]],
    ['trailing list items kept', [body1, li('A pact was signed')], [body1, li('A pact was signed')]],
    ['link-only paragraph dropped', [body1, link('TAYLOR SWIFT CLEARED TO PERFORM AT AMAS'), body2], [body1, body2]],
    ['link-only list item kept outside a label run', [body1, link('The full report', 'item'), body2], [body1, link('The full report', 'item'), body2]],
    ['bare URL the author wrote kept', [body1, link('http://amzn.to/2iJFhRj'), body2], [body1, link('http://amzn.to/2iJFhRj'), body2]],
    ['quote kept', [body1, p('“We know what is at stake,” Kirby said.')], [body1, p('“We know what is at stake,” Kirby said.')]],
    ['nothing left', [p('Advertisement')], []],
  ])('%s', (_name, lines, expected) => {
    expect(stripFurnitureLines(lines)).toEqual(expected);
  });
});
