import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-compare-'));
const story = (name: string) => join(root, 'tests', 'fixtures', 'stories', 'reorder-merge-quote-drift', name);

const cli = (...args: string[]) => runCli('compare', ...args);

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('cli compare', () => {
  it('prints the plain report for two bundled articles', () => {
    const run = cli('corpus:000', 'corpus:001');
    expect(run.status).toBe(0);
    expect(run.stderr).toEqual([]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^a: .+ — Russian President Putin arrives in North Korea/);
    expect(lines.filter((l) => l.startsWith('reworded ')).length).toBeGreaterThan(5);
    expect(run.stdout).toContain('quotes both outlets carry');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('prints the documented JSON: groups with sentence texts, tokens, links, quotes, drift, stats', () => {
    const run = cli(story('a.txt'), story('b.txt'), '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json).sort()).toEqual(['a', 'b', 'drift', 'groups', 'links', 'quotes', 'stats']);
    const kinds = new Set(json.groups.map((g: { kind: string }) => g.kind));
    expect([...kinds].every((k) => ['same', 'reworded', 'partial', 'added', 'omitted', 'uncertain'].includes(k as string))).toBe(true);
    for (const g of json.groups) {
      expect(g.a.every((s: unknown) => typeof s === 'string')).toBe(true);
      for (const t of g.tokens) expect(['equal', 'insert', 'delete']).toContain(t.op);
      if (g.kind === 'partial') expect(['a', 'b']).toContain(g.side);
    }
    for (const l of json.links) expect(l).toEqual({ a: expect.any(String), b: expect.any(String), probability: expect.any(Number) });
    expect(json.links.length).toBeGreaterThan(0);
    expect(json.quotes[0]).toEqual(expect.objectContaining({ a: expect.any(String), b: expect.any(String), kind: 'reworded', speakers: { a: 'Ana Ruiz', b: 'Ana Ruiz' }, tokens: expect.any(Array) }));
    // "At least 12 people died" and "Fourteen people were killed" agree (a lower bound), but the two headlines,
    // aligned as one announcement of the story, state the toll as 12 and as 14: that is drift.
    expect(json.drift.map((d: { values: unknown[] }) => d.values)).toEqual([[{ kind: 'number', a: ['12 dead'], b: ['14 killed'], about: 'capital, floods, rivers' }]]);
    expect(json.stats.wordsA).toBeGreaterThan(50);
  });

  it('prints drift in JSON: the value on each side and what it is said of', () => {
    const run = cli('corpus:002', 'corpus:004', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).drift[0].values).toContainEqual({ kind: 'number', a: ['24 years'], b: ['25 years'], about: 'visit, Korea, North' });
  });

  it('prints Markdown', () => {
    const run = cli(story('a.txt'), story('b.txt'), '--format', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# a: /);
    expect(run.stdout).toContain('## groups');
  });

  mkdirSync(join(tmp, 'folder'), { recursive: true });
  it.each([
    ['a missing file', [join(tmp, 'nope.txt'), story('b.txt')], /nope\.txt: no such file/],
    ['an empty file', [file('empty.txt', ''), story('b.txt')], /empty\.txt: file is empty/],
    ['a binary file', [file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), story('b.txt')], /binary/],
    ['a non-UTF-8 file', [file('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1')), story('b.txt')], /not valid UTF-8/],
    ['a directory', [join(tmp, 'folder'), story('b.txt')], /is a directory/],
    ['an unknown corpus id', ['corpus:nope', story('b.txt')], /corpus/],
    ['one input only', [story('a.txt')], /usage: compare A B/],
    ['an unknown format', [story('a.txt'), story('b.txt'), '--format', 'pdf'], /--format must be one of text, markdown, json/],
  ])('refuses %s with one line and exit 1', (_name, args, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^outlet-diff: /);
    expect(run.stderr[0]).toMatch(message);
  });
});
