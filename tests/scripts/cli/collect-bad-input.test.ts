/** `collect` refuses bad input with one line (main.ts prints it as `outlet-diff: …` and exits 1), before any request. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/cli-error';
import { commands } from '../../../scripts/cli/commands';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-collect-bad-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
mkdirSync(join(tmp, 'dir'));
const goodOpml = file('good.opml', '<opml version="2.0"><body><outline text="A" xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>');
const out = join(tmp, 'out.jsonl');

const cases: Array<[string, string[], RegExp]> = [
  ['missing OPML file', ['--opml', join(tmp, 'missing.opml'), '--out', out], /no such file/],
  ['empty OPML file', ['--opml', file('empty.opml', ''), '--out', out], /file is empty/],
  ['malformed OPML', ['--opml', file('bad.opml', '<opml version="2.0"><body><outline text="A" xmlUrl='), '--out', out], /not an OPML file|lists no feed/],
  ['an RSS feed given as OPML', ['--opml', file('feed.opml', '<rss version="2.0"><channel><title>x</title></channel></rss>'), '--out', out], /not an OPML file/],
  ['OPML without feeds', ['--opml', file('nofeeds.opml', '<opml version="2.0"><body><outline text="Note"/></body></opml>'), '--out', out], /lists no feed/],
  ['an unwritable --out', ['--opml', goodOpml, '--out', join(tmp, 'no-such-folder', 'out.jsonl')], /cannot write there/],
  ['--out a directory', ['--opml', goodOpml, '--out', join(tmp, 'dir')], /is a directory/],
  ['a bad --since', ['--opml', goodOpml, '--out', out, '--since', 'yesterday'], /--since must be/],
  ['a negative --delay', ['--opml', goodOpml, '--out', out, '--delay', '-1'], /--delay must be/],
  ['a --delay that is not a number', ['--opml', goodOpml, '--out', out, '--delay', 'soon'], /--delay must be/],
  ['a bad --timeout', ['--opml', goodOpml, '--out', out, '--timeout', '0'], /--timeout must be/],
  ['no --opml', ['--out', out], /usage: collect/],
  ['no --out', ['--opml', goodOpml], /usage: collect/],
  ['an unknown option', ['--opml', goodOpml, '--out', out, '--fast'], /unknown option --fast/],
  ['a positional argument', ['feeds.opml', '--out', out], /no positional arguments/],
];

describe('collect refuses bad input with one line', () => {
  it.each(cases)('%s', async (_name, argv, message) => {
    let stdout = '';
    let error: unknown;
    try {
      await commands.collect?.run(argv, { stdout: { write: (t: string) => (stdout += t) }, isTTY: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).message).not.toContain('\n');
    expect(stdout).toBe('');
  });

  it('end to end: exit 1, one stderr line starting outlet-diff:', () => {
    const run = runCli('collect', '--opml', goodOpml, '--out', out, '--since', 'last tuesday');
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/^outlet-diff: --since must be/)]);
    expect(run.stdout).toBe('');
  });
});
