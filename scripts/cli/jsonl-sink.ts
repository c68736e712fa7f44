import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { hashString } from '../../lib/extract/hash-string';
import { createItemKeySet } from '../../lib/feeds/create-item-key-set';
import type { FeedArticle, FeedSink } from '../../lib/feeds/types';
import { CliError } from './cli-error';

export interface JsonlSink extends FeedSink {
  /** Articles already in the file when it was opened. */
  readonly existing: number;
  /** Lines of the file that were not whole articles (a line cut by a crash of another tool). */
  readonly broken: number;
  /** Bytes of a cut last line removed on opening: what an append killed mid-write left (0 when none). */
  readonly repaired: number;
  close(): void;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type ArticleLine = Record<string, unknown> & { id: string; text: string };

/** A line's article record (an object with a string id and text), or undefined when it is not one. */
function articleLine(line: string): ArticleLine | undefined {
  try {
    const json: unknown = JSON.parse(line);
    return isRecord(json) && typeof json.id === 'string' && typeof json.text === 'string' ? (json as ArticleLine) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the file's last byte is a newline (an empty file counts as ending cleanly). */
function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/** Writes all of `bytes` at the end, however many calls the system takes; on an error the file is cut back to `size` first. */
function appendWhole(fd: number, bytes: Buffer, size: number): void {
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    // A disk that fills mid-line: put the file back as it was, then say why.
    ftruncateSync(fd, size);
    throw new CliError(`cannot append to the corpus file (${(error as NodeJS.ErrnoException).code ?? 'error'}); it is as it was before this article`);
  }
}

/**
 * A FeedSink on a JSON Lines corpus file, one article per line. Opening reads the lines already there
 * (their guids within their feeds, URLs and ids dedupe the new ones) and refuses an unwritable path with a one-line
 * CliError. Each article is appended as one whole line; a failed append is cut back off. A process killed
 * mid-append can still leave part of a line (the kernel stops a write between pages on a fatal signal): a last
 * line without its newline that is not a whole article is that, and opening cuts it off (`repaired`), which puts
 * the file back as it was before that append. A whole last line without a newline is kept, and the next
 * line starts on a new line. A revised article (same id, new text) is appended: the later line wins.
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
  let repaired = 0;
  const remember = (a: { id: string; text: string; feedUrl?: unknown; guid?: unknown; url?: unknown }) => {
    texts.set(a.id, hashString(a.text));
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    keys.add({ feedUrl: text(a.feedUrl), guid: text(a.guid), url: text(a.url) });
  };
  const content = readFileSync(path);
  const lastNewline = content.lastIndexOf(0x0a);
  const tail = content.subarray(lastNewline + 1);
  if (tail.length > 0 && !articleLine(tail.toString('utf8'))) {
    repaired = tail.length;
    ftruncateSync(fd, lastNewline + 1);
  }
  for (const line of content.subarray(0, content.length - repaired).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = articleLine(line);
    if (!record) {
      broken++;
      continue;
    }
    existing++;
    remember(record);
  }
  let needsNewline = !endsWithNewline(fd);

  return {
    existing,
    broken,
    repaired,
    async seen(itemKeys) {
      return keys.has(itemKeys);
    },
    async add(article: FeedArticle) {
      const known = texts.get(article.id);
      const textHash = hashString(article.text);
      if (known === textHash) return 'duplicate';
      if (known === undefined && keys.has(article)) return 'duplicate';
      // The whole line at once: JSON.stringify escapes every newline inside the article.
      appendWhole(fd, Buffer.from(`${needsNewline ? '\n' : ''}${JSON.stringify(article)}\n`, 'utf8'), fstatSync(fd).size);
      needsNewline = false;
      remember(article);
      return known === undefined ? 'added' : 'updated';
    },
    close() {
      closeSync(fd);
    },
  };
}
