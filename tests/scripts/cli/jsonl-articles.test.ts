import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlArticles } from '../../../scripts/cli/jsonl-articles';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-jsonl-articles-'));
let n = 0;
const file = (lines: string[]) => {
  const p = join(tmp, `c${n++}.jsonl`);
  writeFileSync(p, lines.join('\n'));
  return p;
};
const line = (id: string, text = 'Body.') => JSON.stringify({ id, outlet: 'A', title: 'T', text, source: 'feed', feedUrl: 'https://a.example/f' });

describe('jsonlArticles', () => {
  it('reads each line as an article, extra fields dropped', () => {
    expect(jsonlArticles(file([line('a'), line('b')]))).toEqual([
      { id: 'a', outlet: 'A', title: 'T', text: 'Body.' },
      { id: 'b', outlet: 'A', title: 'T', text: 'Body.' },
    ]);
  });

  it('a later line of the same id wins', () => {
    expect(jsonlArticles(file([line('a'), line('a', 'Revised.')]))).toEqual([{ id: 'a', outlet: 'A', title: 'T', text: 'Revised.' }]);
  });

  it('skips a cut line', () => {
    expect(jsonlArticles(file([line('a'), '{"id":"b","outl']))).toHaveLength(1);
  });

  it.each([
    ['a line that is not an article', [line('a'), '{"name":"x"}'], /article 1/],
    ['no articles', ['{"id":"x","outl'], /no articles/],
  ])('refuses %s', (_name, lines, message) => {
    expect(() => jsonlArticles(file(lines))).toThrow(message);
  });
});
