import { describe, expect, it } from 'vitest';
import { corpusPackParts } from '../../../lib/corpus/corpus-pack-parts';
import { validateCorpusPack } from '../../../lib/corpus/validate-corpus-pack';
import type { Article } from '../../../lib/types';

const a = (id: string): Article => ({ id, outlet: 'X', title: 'T', text: `Body ${id}.` });
async function* batches(list: Article[][]) {
  yield* list;
}

describe('corpusPackParts', () => {
  it.each([
    ['no batches', [], []],
    ['empty batches', [[], []], []],
    ['several batches', [[a('1'), a('2')], [], [a('3')]], ['1', '2', '3']],
  ])('%s: the parts make a valid pack', async (_case, list, ids) => {
    let text = '';
    for await (const part of corpusPackParts(batches(list))) text += part;
    const pack = validateCorpusPack(JSON.parse(text));
    expect(pack.ok && pack.articles.map((x) => x.id)).toEqual(ids);
  });
});
