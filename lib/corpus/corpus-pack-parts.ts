import type { Article } from '../types';

/**
 * A corpus pack ({ format, version, articles }) written in parts, batch by batch, so a large corpus is
 * exported without ever being one string; the parts joined are valid JSON that validateCorpusPack accepts.
 * @example (await Array.fromAsync(corpusPackParts(batches))).join('') // -> '{"format":"outlet-diff-corpus","version":1,"articles":[…]}'
 */
export async function* corpusPackParts(batches: AsyncIterable<readonly Article[]>): AsyncGenerator<string> {
  yield '{"format":"outlet-diff-corpus","version":1,"articles":[';
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield `${first ? '' : ','}\n${batch.map((a) => JSON.stringify(a)).join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}
