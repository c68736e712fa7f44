/**
 * Every CLI command that reads a file, fed every kind of bad input: a clear one-line CliError (which
 * main.ts prints as one line and exit 1), nothing printed on stdout. Runs the commands in-process for
 * speed; the spawned-process tests of each command check the exit code and stderr end to end.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/cli-error';
import { commands } from '../../../scripts/cli/commands';

const tmp = mkdtempSync(join(tmpdir(), 'outlet-diff-bad-input-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
/** A sparse 100 MB file: as big as the issue asks, without writing 100 MB to disk. */
function hugeFile(): string {
  const path = join(tmp, 'huge.txt');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  return path;
}
mkdirSync(join(tmp, 'dir'));

const inputs: Array<[string, string, RegExp]> = [
  ['missing', join(tmp, 'missing.txt'), /no such file/],
  ['empty', file('empty.txt', ''), /file is empty/],
  ['whitespace only', file('blank.txt', ' \n\t\n'), /file is empty/],
  ['huge (100 MB)', hugeFile(), /too large/],
  ['binary', file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /binary/],
  ['non-UTF-8', file('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me, d\xe9j\xe0 vu', 'latin1')), /not valid UTF-8/],
  ['a directory', join(tmp, 'dir'), /is a directory/],
  ['HTML that is not an article', file('nav.html', '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>'), /not an article|no body text/],
];

const validPack = file('pack.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [{ id: 'x', outlet: 'X', title: 'T', text: 'Body text here.' }] }));
const packs: Array<[string, string, RegExp]> = [
  ['truncated JSON', file('broken.json', '{"format": "outlet-diff-corpus", "articles": [1,'), /not JSON/],
  ['a foreign JSON file', file('foreign.json', JSON.stringify({ name: 'package', version: '1.0.0' })), /not an Outlet Diff corpus pack/],
  ['a pack of the wrong version', file('v9.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 9, articles: [] })), /version/],
  ['a pack whose article lacks text', file('notext.json', JSON.stringify({ format: 'outlet-diff-corpus', version: 1, articles: [{ id: 'x', outlet: 'X', title: 'T' }] })), /text/],
  ['an empty folder', join(tmp, 'dir'), /no \.txt or \.html files/],
];

async function run(argv: string[]): Promise<{ error: unknown; stdout: string }> {
  let stdout = '';
  try {
    const [name, ...rest] = argv;
    const command = commands[name as string];
    if (!command) throw new Error(`no command ${name}`);
    await command.run(rest, { stdout: { write: (t: string) => (stdout += t) }, isTTY: false });
    return { error: undefined, stdout };
  } catch (error) {
    return { error, stdout };
  }
}

async function expectOneLineRefusal(argv: string[], message: RegExp) {
  const { error, stdout } = await run(argv);
  expect(error).toBeInstanceOf(CliError);
  const text = (error as CliError).message;
  expect(text).toMatch(message);
  expect(text).not.toContain('\n');
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  expect(stdout).toBe('');
}

describe('CLI commands refuse bad files with one line', () => {
  it.each(inputs)('compare, %s input', (_name, path, message) => expectOneLineRefusal(['compare', path, 'corpus:000'], message));
  it.each(inputs)('compare, %s second input', (_name, path, message) => expectOneLineRefusal(['compare', 'corpus:000', path], message));
  it.each(inputs)('extract, %s input', (_name, path, message) => expectOneLineRefusal(['extract', path], message));
  it.each(inputs)('match, %s input', (_name, path, message) => expectOneLineRefusal(['match', path], message));
  it.each(inputs)('consensus, %s input', (_name, path, message) => expectOneLineRefusal(['consensus', path], message));
});

describe('CLI commands refuse structurally wrong corpora with one line', () => {
  it.each(packs)('match --corpus, %s', (_name, path, message) => expectOneLineRefusal(['match', 'corpus:000', '--corpus', path], message));
  it.each(packs)('consensus --corpus, %s', (_name, path, message) => expectOneLineRefusal(['consensus', 'corpus:000', '--corpus', path], message));

  it('accepts a valid pack (the refusals above are about the input, not the option)', async () => {
    const { error, stdout } = await run(['match', 'corpus:000', '--corpus', validPack, '--format', 'json']);
    expect(error).toBeUndefined();
    expect(JSON.parse(stdout)).toHaveProperty('matches');
  });
});
