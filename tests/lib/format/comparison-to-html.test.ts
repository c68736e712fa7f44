import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../lib/compare';
import { comparisonToHtml } from '../../../lib/format/comparison-to-html';
import { DEFAULT_HTML_LABELS } from '../../../lib/format/html-report-style';
import type { Article } from '../../../lib/types';

const hostile = '<script>alert("x")</script> <img src=x onerror="alert(1)">';
const a: Article = {
  id: 'a',
  outlet: 'Outlet <A>',
  title: 'Putin arrives & talks',
  text: `Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit in 24 years.\n\nNorth Korean leader Kim Jong Un greeted him at the airport with a hug.\n\n${hostile}`,
};
const b: Article = {
  id: 'b',
  outlet: 'Outlet B',
  title: 'Putin lands in Pyongyang',
  text: 'Russian President Vladimir Putin landed in Pyongyang early Wednesday for his first visit in 24 years.\n\nThe two leaders signed a mutual defence pact at the Kumsusan palace on Wednesday afternoon.',
};
const html = comparisonToHtml(compareArticles(a, b));

describe('comparisonToHtml', () => {
  it.each([
    ['is a whole document', /^<!doctype html>/],
    ['escapes a script tag in the article text', /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/],
    ['escapes an img tag in the article text', /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/],
    ['escapes the outlet name', /Outlet &lt;A&gt;/],
    ['escapes the headline', /Putin arrives &amp; talks/],
    ['marks this outlet\'s words with <ins> and a hidden label', /<ins><span class="sr">only in this outlet: <\/span>arrived<\/ins>/],
    ['marks the other\'s words with <del> and a hidden label', /<del><span class="sr">only in the other outlet: <\/span>landed<\/del>/],
    ['has an added row', /<tr class="added">/],
    ['has an omitted row', /<tr class="omitted">/],
    ['forbids scripts and remote loads', /default-src 'none'/],
  ])('%s', (_case, pattern) => {
    expect(html).toMatch(pattern);
  });

  it.each([
    ['no live script element', /<script/i],
    ['no live img element', /<img/i],
    ['no remote resource', /(src|href)=["']?https?:/i],
  ])('has %s', (_case, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('keeps the spaces around a changed word outside its mark', () => {
    const marks = [...html.matchAll(/<(ins|del)><span class="sr">[^<]*<\/span>([^<]*)<\/\1>/g)].map((m) => m[2]!);
    expect(marks.length).toBeGreaterThan(0);
    for (const text of marks) expect(text).toBe(text.trim());
  });

  it.each([
    ['days apart: the note with its number', '2024-03-01', '2024-03-05', '<p>Days between the two reports: 4. A later report may give an updated figure'],
    ['the same day: no note', '2024-03-01', '2024-03-01', undefined],
  ])('under the drift heading, reports published %s', (_name, publishedA, publishedB, note) => {
    const report = comparisonToHtml(compareArticles({ ...a, published: publishedA }, { ...b, published: publishedB, text: b.text.replace('24 years', '25 years') }));
    expect(report).toContain('<h2>Numbers, dates and names that differ</h2>');
    if (note) expect(report).toContain(note);
    else expect(report).not.toContain('Days between the two reports');
  });

  it('uses the labels it is given', () => {
    const german = comparisonToHtml(compareArticles(a, b), { ...DEFAULT_HTML_LABELS, added: 'hinzugefügt' });
    expect(german).toContain('hinzugefügt');
  });
});
