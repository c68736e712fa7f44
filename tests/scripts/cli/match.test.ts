import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-match-'));
const cli = (...args: string[]) => runCli('match', ...args);
function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
type Row = { id: string; outlet: string; title: string; score: number; decision: string };
const json = (stdout: string) => (JSON.parse(stdout) as { matches: Row[] }).matches;

const football = 'Rovers beat United 3-1 in cup semi-final\n\nRovers reached the cup final with a 3-1 win over United at Castle Park on Saturday.\n\nStriker Tomas Vey scored twice before half-time and captain Leon Dart added a third from a penalty.';

describe('cli match', () => {
  it('finds a raw seed file as this-article and the other four as same-story (JSON)', () => {
    const run = cli(join(root, 'corpus', 'articles', '002_6da05ce0205f36b5.txt'), '--format', 'json');
    expect(run.status).toBe(0);
    const matches = json(run.stdout);
    expect(matches[0]).toMatchObject({ id: '002', outlet: 'Asian Lite News (ANI)', decision: 'this-article' });
    expect(matches.slice(1).map((m) => m.decision)).toEqual(['same-story', 'same-story', 'same-story', 'same-story']);
    expect(Object.keys(matches[0] ?? {})).toEqual(['id', 'outlet', 'title', 'score', 'decision']);
  });

  it('says plainly when the corpus has no coverage, with the nearest candidates', () => {
    const run = cli(file('football.txt', football));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No coverage of this story in the corpus. Nearest candidates:');
    expect(run.stdout).toMatch(/unrelated/);
    expect(run.stdout).not.toMatch(/same-story|this-article/);
  });

  it.each([
    ['JSON Lines (.jsonl), streamed into the store in memory', 'corpus.jsonl'],
    ['JSON Lines (.ndjson)', 'corpus.ndjson'],
  ])('searches a corpus in %s', (_case, name) => {
    const articles = [
      { id: 'cup', outlet: 'Sport Now', title: 'Rovers into cup final', text: 'Rovers beat United 3-1 at Castle Park on Saturday to reach the cup final. Tomas Vey scored twice and Leon Dart converted a penalty.' },
      { id: 'seed', outlet: 'X', title: 'Putin in Pyongyang', text: readFileSync(join(root, 'corpus', 'articles', '001_19946b2c0781359a.txt'), 'utf8') },
    ];
    const run = cli(file('football.txt', football), '--corpus', file(name, articles.map((a) => JSON.stringify(a)).join('\n')), '--format', 'json');
    expect(run.status).toBe(0);
    expect(json(run.stdout)[0]).toMatchObject({ id: 'cup', decision: 'same-story' });
  });

  it.each([
    ['a bad line', '{"id":"1","outlet":"X","title":"T","text":"Body."}\n{"id":"2"}\n', /^outlet-diff: .*\.jsonl: line 2: "outlet" must be a string$/],
    ['a line that is not JSON', 'not json\n', /^outlet-diff: .*\.jsonl: line 1 is not JSON$/],
  ])('refuses JSON Lines with %s in one line', (_case, content, message) => {
    const run = cli(file('football.txt', football), '--corpus', file(`bad-${content.length}.jsonl`, content));
    expect(run.status).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });

  it('searches a corpus pack instead of the bundled corpus', () => {
    const pack = {
      format: 'outlet-diff-corpus',
      version: 1,
      articles: [
        { id: 'cup', outlet: 'Sport Now', title: 'Rovers into cup final', text: 'Rovers beat United 3-1 at Castle Park on Saturday to reach the cup final. Tomas Vey scored twice and Leon Dart converted a penalty.' },
        { id: 'seed', outlet: 'X', title: 'Putin in Pyongyang', text: readFileSync(join(root, 'corpus', 'articles', '001_19946b2c0781359a.txt'), 'utf8') },
      ],
    };
    const run = cli(file('football.txt', football), '--corpus', file('pack.json', JSON.stringify(pack)), '--format', 'json');
    expect(run.status).toBe(0);
    expect(json(run.stdout)[0]).toMatchObject({ id: 'cup', decision: 'same-story' });
  });

  it('searches a folder of text files', () => {
    const run = cli('corpus:001', '--corpus', join(root, 'corpus', 'articles'), '--format', 'json');
    expect(run.status).toBe(0);
    expect(json(run.stdout)[0]).toMatchObject({ id: '001_19946b2c0781359a', decision: 'this-article' });
  });

  it.each([
    ['no file', [], /^outlet-diff: usage: match FILE/],
    ['a missing file', [join(tmp, 'missing.txt')], /no such file$/],
    ['an unknown corpus id', ['corpus:nope'], /corpus:nope: no such bundled article/],
    ['a bad corpus pack', ['corpus:000', '--corpus', 'PACK'], /not an Outlet Diff corpus pack/],
  ])('refuses %s in one line, exit 1', (_case, args, message) => {
    const run = cli(...args.map((a) => (a === 'PACK' ? file('bad.json', '{"format":"x"}') : a)));
    expect(run.status).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });
});
