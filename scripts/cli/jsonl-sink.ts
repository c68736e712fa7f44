import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { hashString } from '../../lib/extract/hash-string';
import { createItemKeySet } from '../../lib/feeds/create-item-key-set';
import type { FeedArticle, FeedSink } from '../../lib/feeds/types';
import { CliError } from './cli-error';

export interface JsonlSink extends FeedSink {
  /** Articles already in the file when it was opened. */
  readonly existing: number;
  /** Lines of the file that were not whole articles (a line cut by a crash of another tool). */
  readonly broken: number;
  close(): void;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether the file's last byte is a newline (an empty file counts as ending cleanly). */
function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/**
 * A FeedSink on a JSON Lines corpus file, one article per line. Opening reads the lines already there
 * (their guids within their feeds, URLs and ids dedupe the new ones) and refuses an unwritable path with a one-line
 * CliError. Each article is written as one whole line in one append (a single write call on a file
 * opened for appending), so a crash leaves whole lines; a cut last line left by something else is kept
 * apart by starting on a new line. A revised article (same id, new text) is appended: the later line wins.
 * @example const sink = openJsonlSink('corpus.jsonl'); await sink.add(article); sink.close();
 */
export function openJsonlSink(path: string): JsonlSink {
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${path}: is a directory, expected a .jsonl file`);
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  let fd: number;
  try {
    fd = openSync(path, 'a+');
  } catch (error) {
    throw new CliError(`${path}: cannot write there (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const keys = createItemKeySet();
  const texts = new Map<string, string>();
  let existing = 0;
  let broken = 0;
  const remember = (a: { id: string; text: string; feedUrl?: unknown; guid?: unknown; url?: unknown }) => {
    texts.set(a.id, hashString(a.text));
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    keys.add({ feedUrl: text(a.feedUrl), guid: text(a.guid), url: text(a.url) });
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      broken++;
      continue;
    }
    if (!isRecord(json) || typeof json.id !== 'string' || typeof json.text !== 'string') {
      broken++;
      continue;
    }
    existing++;
    remember(json as { id: string; text: string });
  }
  let needsNewline = !endsWithNewline(fd);

  return {
    existing,
    broken,
    async seen(itemKeys) {
      return keys.has(itemKeys);
    },
    async add(article: FeedArticle) {
      const known = texts.get(article.id);
      const textHash = hashString(article.text);
      if (known === textHash) return 'duplicate';
      if (known === undefined && keys.has(article)) return 'duplicate';
      // One write of the whole line: JSON.stringify escapes every newline inside the article.
      writeSync(fd, `${needsNewline ? '\n' : ''}${JSON.stringify(article)}\n`);
      needsNewline = false;
      remember(article);
      return known === undefined ? 'added' : 'updated';
    },
    close() {
      closeSync(fd);
    },
  };
}
