import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../scripts/cli/cli-error';
import { openJsonlSink } from '../../../scripts/cli/jsonl-sink';

// The system writes part of a line (a short write), or the disk is full: the sink sees both through writeSync.
const disk = vi.hoisted(() => ({ room: Infinity, chunk: Infinity }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => {
      if (disk.room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      const n = real.writeSync(fd, buffer, offset, Math.min(length, disk.room, disk.chunk));
      disk.room -= n;
      return n;
    },
  };
});

const article = (id: string) => ({
  id, outlet: 'A', title: 'T', text: `Text of ${id}.`, url: `https://a.example/${id}`, guid: id, source: 'feed' as const, feedUrl: 'https://a.example/f', collected: '2026-12-01T12:00:00.000Z', textFrom: 'page' as const,
});

describe('openJsonlSink when the disk fills', () => {
  it.each([
    ['room for part of the line', 20],
    ['no room at all', 0],
  ])('%s: a one-line error, and the file as it was before that article', async (_name, room) => {
    const p = join(fs.mkdtempSync(join(tmpdir(), 'outlet-diff-full-')), 'c.jsonl');
    const sink = openJsonlSink(p);
    await sink.add(article('u-1'));
    const before = fs.readFileSync(p, 'utf8');
    disk.room = room;
    const error = await sink.add(article('u-2')).then(() => undefined, (e: unknown) => e);
    disk.room = Infinity;
    sink.close();
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(/ENOSPC.*as it was before this article/);
    expect((error as Error).message).not.toContain('\n');
    expect(fs.readFileSync(p, 'utf8')).toBe(before);
  });

  it('short writes that each succeed still append the whole line', async () => {
    const p = join(fs.mkdtempSync(join(tmpdir(), 'outlet-diff-full-')), 'c.jsonl');
    const sink = openJsonlSink(p);
    disk.chunk = 7;
    try {
      expect(await sink.add(article('u-1'))).toBe('added');
    } finally {
      disk.chunk = Infinity;
      sink.close();
    }
    expect(JSON.parse(fs.readFileSync(p, 'utf8').trim())).toMatchObject({ id: 'u-1' });
  });
});
