import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join(root, 'tests', 'lib', 'extract', 'fixtures', name, 'page.html');
const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-extract-'));

const cli = (...args: string[]) => runCli('extract', ...args);

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('cli extract', () => {
  it('prints headline, metadata line and body as text', () => {
    const run = cli(fixture('news-related-links'), '--url', 'https://www.harbourgazette.example/pier');
    expect(run.status).toBe(0);
    const [title, meta, blank, first] = run.stdout.split('\n');
    expect(title).toBe('North pier to close for eight months of repairs');
    expect(meta).toContain('Harbour Gazette');
    expect(meta).toContain('https://www.harbourgazette.example/pier');
    expect(blank).toBe('');
    expect(first).toMatch(/^The harbour authority confirmed on Monday/);
    expect(run.stdout).not.toContain('Ferry fares to rise');
  });

  it('prints the Article as JSON', () => {
    const run = cli(fixture('author-bio-newsletter'), '--format', 'json', '--url', 'https://www.harbourgazette.example/pier');
    expect(run.status).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, string>;
    expect(article).toMatchObject({ outlet: 'Harbour Gazette', byline: 'Tom Reed', published: '2024-06-17T09:00:00.000Z', url: 'https://www.harbourgazette.example/pier' });
    expect(article.id).toMatch(/^u-[0-9a-f]{16}$/);
    expect(article.text).not.toContain('newsletter');
  });

  it('cleans saved page text with the same furniture rules', () => {
    const run = cli(file('saved.txt', 'World\n\nCouncil closes old bridge\n\nThe council voted on Tuesday to close the old bridge to traffic from next month.\n\nAdvertisement\n\nLeave a Reply\n'), '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Council closes old bridge', text: 'The council voted on Tuesday to close the old bridge to traffic from next month.' });
  });

  const dir = join(tmp, 'a-directory');
  mkdirSync(dir);
  it.each([
    ['missing file', [join(tmp, 'nope.html')], /no such file/],
    ['empty file', [file('empty.html', '')], /empty/],
    ['binary file', [file('binary.html', Buffer.from([0x3c, 0x70, 0x00, 0x01, 0x02]))], /binary/],
    ['non-UTF-8 file', [file('latin1.html', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x3c, 0x2f, 0x70, 0x3e]))], /UTF-8/],
    ['directory', [dir], /directory/],
    ['page that is not an article', [fixture('no-article')], /not an article/],
    ['no file', [], /usage/],
    ['bad --format', [fixture('news-related-links'), '--format', 'xml'], /--format/],
    ['bad --url', [fixture('news-related-links'), '--url', 'not a url'], /--url/],
  ])('%s: one line on stderr, exit 1', (_name, args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
  });
});
