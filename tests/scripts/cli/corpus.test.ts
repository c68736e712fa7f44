import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../scripts/cli/load-article';
import { runCli } from './run-cli';

const cli = (...args: string[]) => runCli('corpus', ...args);

describe('cli corpus', () => {
  it('lists the bundled articles as JSON, with their cleaned text', () => {
    const run = cli('--format', 'json');
    expect(run.status).toBe(0);
    const { articles } = JSON.parse(run.stdout) as { articles: Array<Record<string, string>> };
    expect(articles).toEqual(loadBundledCorpus().corpus.articles);
    expect(articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const a of articles) expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'outlet', 'title', 'text']));
  });

  it('lists ids, outlets and headlines as text', () => {
    const run = cli();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^5 bundled articles/);
    expect(run.stdout).toContain('003  Hindustan Times');
    expect(run.stdout).toContain('Putin arrives in North Korea for his first visit in 24 years');
  });

  it.each([
    ['an unknown option', ['--limit', '3'], /^outlet-diff: unknown option --limit/],
    ['a bad format', ['--format', 'xml'], /^outlet-diff: --format must be one of text, json$/],
    ['a stray argument', ['extra'], /^outlet-diff: usage: corpus/],
  ])('refuses %s in one line, exit 1', (_case, args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });
});
