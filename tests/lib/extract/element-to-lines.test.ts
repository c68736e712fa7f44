import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementToLines } from '../../../lib/extract/element-to-lines';

const root = (html: string) => parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById('root') as unknown as Node;

describe('elementToLines', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', [{ text: 'One.', kind: 'paragraph' }, { text: 'Two.', kind: 'paragraph' }]],
    ['whitespace collapsed, inline markup joined', '<p>  Kim <b>met</b>\n  <i>Putin</i>. </p>', [{ text: 'Kim met Putin.', kind: 'paragraph' }]],
    ['subheads as headings', '<h2>Sanctions</h2><p>Both face sanctions.</p>', [{ text: 'Sanctions', kind: 'heading' }, { text: 'Both face sanctions.', kind: 'paragraph' }]],
    ['list items', '<ul><li>One</li><li><p>Two</p></li></ul>', [{ text: 'One', kind: 'item' }, { text: 'Two', kind: 'item' }]],
    ['<br> splits a paragraph', '<p>Line one<br>Line two</p>', [{ text: 'Line one', kind: 'paragraph' }, { text: 'Line two', kind: 'paragraph' }]],
    ['text directly in a div', '<div>Loose text <a href="/x">with a link</a> in it.</div>', [{ text: 'Loose text with a link in it.', kind: 'paragraph' }]],
    ['scripts, styles and buttons skipped', '<p>Body.<script>var x = 1;</script><style>p{}</style><button>Share</button></p>', [{ text: 'Body.', kind: 'paragraph' }]],
    ['table rows as lines, cells spaced', '<table><tr><td>Nikkei</td><td>-0.3%</td></tr><tr><td>Kospi</td><td>-0.5%</td></tr></table>', [{ text: 'Nikkei -0.3%', kind: 'paragraph' }, { text: 'Kospi -0.5%', kind: 'paragraph' }]],
    ['all-link paragraph marked linkish', '<p><a href="/x"><strong>RELATED HEADLINE</strong></a></p>', [{ text: 'RELATED HEADLINE', kind: 'paragraph', linkish: true }]],
    ['paragraph with a link in it not linkish', '<p>Read the <a href="/r">report</a> in full, officials said.</p>', [{ text: 'Read the report in full, officials said.', kind: 'paragraph' }]],
    ['empty', '', []],
  ])('%s', (_name, html, expected) => {
    expect(elementToLines(root(html))).toEqual(expected);
  });
});
