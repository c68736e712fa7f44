import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeedArticle } from '../../../lib/feeds/types';
import { CliError } from '../../../scripts/cli/cli-error';
import { openJsonlSink } from '../../../scripts/cli/jsonl-sink';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-jsonl-'));
let n = 0;
const path = (content?: string) => {
  const p = join(tmp, `c${n++}.jsonl`);
  if (content !== undefined) writeFileSync(p, content);
  return p;
};
const article = (over: Partial<FeedArticle> = {}): FeedArticle => ({
  id: 'u-1', outlet: 'A', title: 'T', text: 'Line one.\n\nLine two.', url: 'https://a.example/1', guid: 'g1', source: 'feed', feedUrl: 'https://a.example/f', collected: '2026-12-01T12:00:00.000Z', textFrom: 'page', ...over,
});
const read = (p: string) => readFileSync(p, 'utf8');

describe('openJsonlSink', () => {
  it('writes one article per line, newlines in the text escaped', async () => {
    const p = path();
    const sink = openJsonlSink(p);
    expect(await sink.add(article())).toBe('added');
    expect(await sink.add(article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2' }))).toBe('added');
    sink.close();
    const lines = read(p).split('\n');
    expect(lines.length).toBe(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] as string)).toEqual(article());
  });

  it.each([
    ['the same article', article(), 'duplicate'],
    ['the same guid', article({ id: 'u-9', url: 'https://a.example/9' }), 'duplicate'],
    ['the same URL', article({ id: 'u-9', guid: 'g9' }), 'duplicate'],
    ['the same id with new text (appended; the later line wins)', article({ text: 'Revised.' }), 'updated'],
    ['another article', article({ id: 'u-9', url: 'https://a.example/9', guid: 'g9' }), 'added'],
  ])('against a line already in the file: %s', async (_name, next, expected) => {
    const p = path(`${JSON.stringify(article())}\n`);
    const sink = openJsonlSink(p);
    expect(sink.existing).toBe(1);
    expect(await sink.seen({ feedUrl: article().feedUrl, guid: 'g1' })).toBe(true);
    expect(await sink.add(next)).toBe(expected);
    sink.close();
    expect(read(p).split('\n').filter(Boolean).length).toBe(expected === 'duplicate' ? 1 : 2);
  });

  it.each([
    ['a line cut mid-article', '{"id":"u-half","outlet":"A","ti'],
    ['a cut line that is valid JSON but no article', '{"id":"u-half"}'],
    ['a cut line of one byte', '{'],
  ])('a cut last line (an append killed mid-write) is removed on opening: %s', async (_name, cut) => {
    const whole = `${JSON.stringify(article())}\n`;
    const p = path(`${whole}${cut}`);
    const sink = openJsonlSink(p);
    expect(sink.existing).toBe(1);
    expect(sink.broken).toBe(0);
    expect(sink.repaired).toBe(Buffer.byteLength(cut));
    expect(read(p)).toBe(whole);
    await sink.add(article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2' }));
    sink.close();
    const lines = read(p).split('\n');
    expect(lines.length).toBe(3);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ id: 'u-2' });
  });

  it('a whole last article without its newline is kept, and the next line starts on a new line', async () => {
    const p = path(JSON.stringify(article()));
    const sink = openJsonlSink(p);
    expect([sink.existing, sink.repaired]).toEqual([1, 0]);
    await sink.add(article({ id: 'u-2', url: 'https://a.example/2', guid: 'g2' }));
    sink.close();
    const lines = read(p).split('\n');
    expect(JSON.parse(lines[0] as string)).toEqual(article());
    expect(JSON.parse(lines[1] as string)).toMatchObject({ id: 'u-2' });
  });

  it('a broken line in the middle (another tool\'s) is counted and left where it is', async () => {
    const content = `${JSON.stringify(article())}\n{"id":"u-half","outlet":"A","ti\n`;
    const p = path(content);
    const sink = openJsonlSink(p);
    expect([sink.existing, sink.broken, sink.repaired]).toEqual([1, 1, 0]);
    sink.close();
    expect(read(p)).toBe(content);
  });

  it.each([
    ['a directory', () => {
      const d = join(tmp, `dir${n++}`);
      mkdirSync(d);
      return d;
    }, /is a directory/],
    ['a missing folder', () => join(tmp, 'no-such-folder', 'c.jsonl'), /cannot write there/],
    ['a read-only file', () => {
      const p = path('');
      chmodSync(p, 0o444);
      return p;
    }, /cannot write there/],
  ])('refuses %s with one line', (name, make, message) => {
    // root may write to read-only files: that case only holds for other users.
    if (name === 'a read-only file' && process.getuid?.() === 0) return;
    const target = make();
    let error: unknown;
    try {
      openJsonlSink(target);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
