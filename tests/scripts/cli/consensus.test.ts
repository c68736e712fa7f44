import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-consensus-'));
const cli = (...args: string[]) => runCli('consensus', ...args);
function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

interface Output {
  article: { id: string };
  others: Array<{ id: string }>;
  sentences: Array<{ index: number; text: string; carriedBy: string[] }>;
  omissions: Array<{ text: string; carriedBy: string[] }>;
  minOutlets: number;
}

describe('cli consensus', () => {
  it('counts, per sentence of a bundled article, the other four outlets carrying it (JSON)', () => {
    const run = cli('corpus:000', '--format', 'json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.others.map((o) => o.id).sort()).toEqual(['001', '002', '003', '004']);
    expect(out.sentences.length).toBeGreaterThan(10);
    // The 24-year gap is in every write-up.
    const gap = out.sentences.find((s) => s.text.includes('first visit to North Korea in 24 years'));
    expect(gap?.carriedBy.length).toBeGreaterThanOrEqual(3);
    for (const s of out.sentences) for (const id of s.carriedBy) expect(out.others.map((o) => o.id)).toContain(id);
  });

  it('with --min-outlets 1 reports what any other outlet carries and this one omits', () => {
    const run = cli('corpus:003', '--min-outlets', '1', '--format', 'json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.minOutlets).toBe(1);
    expect(out.omissions.length).toBeGreaterThan(0);
    for (const o of out.omissions) expect(o.carriedBy.length).toBeGreaterThanOrEqual(1);
  });

  it('prints counts and the omission report as text', () => {
    const run = cli('corpus:001');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\[\d\/4\] /m);
    expect(run.stdout).toMatch(/missing here/);
  });

  it('says plainly when no other outlet reports the story', () => {
    const run = cli(file('cake.txt', 'A lemon cake for lazy Sundays\n\nBeat the butter and sugar until pale, then fold in the flour, eggs and the zest of two lemons.'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No other outlet in the corpus reports this story/);
  });

  it.each([
    ['no file', [], /^outlet-diff: usage: consensus FILE/],
    ['a bad --min-outlets', ['corpus:000', '--min-outlets', 'two'], /--min-outlets must be a whole number/],
    ['a missing file', [join(tmp, 'missing.txt')], /no such file$/],
  ])('refuses %s in one line, exit 1', (_case, args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });
});
