import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesToJsonLines, jsonLinesArticles, textLines } from '../../../lib/corpus/json-lines';
import type { Article } from '../../../lib/types';

async function* chunked(text: string, sizes: number[]) {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield text.slice(at, at + size);
    at += size;
  }
}
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
const a = (id: string): Article => ({ id, outlet: 'X', title: `T ${id}`, text: `Body ${id}.\n\nSecond "paragraph".` });

describe('textLines', () => {
  it('splits lines however the chunks cut the text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r\n', 'é') }), { maxLength: 20 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }), async (pieces, sizes) => {
        const text = pieces.join('');
        const expected = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
        if (expected.at(-1) === '') expected.pop();
        expect(await collect(textLines(chunked(text, sizes)))).toEqual(expected);
      }),
    );
  });
});

describe('jsonLinesArticles', () => {
  it('reads back what articlesToJsonLines wrote, skipping blank lines', async () => {
    const text = `${articlesToJsonLines([a('1'), a('2')])}\n\r\n${articlesToJsonLines([a('3')])}`;
    expect(await collect(jsonLinesArticles(chunked(text, [7, 13])))).toEqual([a('1'), a('2'), a('3')]);
  });

  it.each([
    ['a line that is not JSON', `${JSON.stringify(a('1'))}\n{ "id": "2",\n`, 'line 2 is not JSON'],
    ['a line that is not an article', `${JSON.stringify(a('1'))}\n${JSON.stringify({ id: '2' })}\n`, 'line 2: "outlet" must be a string'],
    ['a duplicate id', `${JSON.stringify(a('1'))}\n\n${JSON.stringify(a('1'))}\n`, 'line 3: duplicate id "1"'],
    ['a corpus pack (not JSON Lines)', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [a('1')] }), 'line 1: "id" must be a string'],
  ])('stops at %s with one line naming it', async (_case, text, error) => {
    const read: Article[] = [];
    await expect(
      (async () => {
        for await (const article of jsonLinesArticles(chunked(text, [50]))) read.push(article);
      })(),
    ).rejects.toThrow(error);
    expect(read.length).toBeLessThanOrEqual(1);
  });
});
