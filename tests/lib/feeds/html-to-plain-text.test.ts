import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../lib/feeds/html-to-plain-text';

describe('htmlToPlainText', () => {
  it.each([
    ['tags dropped', 'A <b>bold</b> move', 'A bold move'],
    ['entities decoded', 'Tom &amp; Jerry &quot;return&quot;', 'Tom & Jerry "return"'],
    ['numeric entities', '&#8220;Yes&#x201D;', '“Yes”'],
    ['unknown entity kept', '&bogus; stays', '&bogus; stays'],
    ['out-of-range code point kept', '&#x110000;', '&#x110000;'],
    ['escaped markup stays text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['CDATA unwrapped', '<![CDATA[Inside]]>', 'Inside'],
    ['whitespace collapsed', '  a \n\t b ', 'a b'],
    ['nbsp as space', 'a&nbsp;b', 'a b'],
    ['empty', '', ''],
    ['missing', undefined, ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });
});
