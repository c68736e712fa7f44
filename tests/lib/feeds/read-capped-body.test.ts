import { describe, expect, it } from 'vitest';
import { readCappedBody } from '../../../lib/feeds/read-capped-body';
import { streamOf } from './helpers';

const bytes = (n: number) => new Uint8Array(n).fill(65);

describe('readCappedBody', () => {
  it.each([
    ['one chunk under the cap', [bytes(10)], 100, 10],
    ['several chunks exactly at the cap', [bytes(40), bytes(60)], 100, 100],
    ['an empty body', [], 100, 0],
  ])('%s: read whole', async (_name, chunks, cap, size) => {
    const result = await readCappedBody(streamOf(chunks), cap, new AbortController().signal);
    expect(result.ok && result.bytes.byteLength).toBe(size);
  });

  it('a body over the cap is too large', async () => {
    expect(await readCappedBody(streamOf([bytes(60), bytes(60)]), 100, new AbortController().signal)).toEqual({ ok: false, tooLarge: true });
  });

  it('an endless body: stops reading at the cap (at most one chunk past it), not at the end', async () => {
    const pulled = { bytes: 0 };
    const result = await readCappedBody(streamOf([], { chunkBytes: 64 * 1024, pulled }), 1024 * 1024, new AbortController().signal);
    expect(result).toEqual({ ok: false, tooLarge: true });
    // The stream's source is pulled one chunk ahead of what was read: at most two chunks past the cap.
    expect(pulled.bytes).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
  });

  it('no body is an empty body', async () => {
    expect(await readCappedBody(null, 10, new AbortController().signal)).toMatchObject({ ok: true });
  });

  it('an abort while reading rejects (never a short body taken as whole)', async () => {
    const controller = new AbortController();
    // A server that sent one chunk and then went silent.
    let sent = false;
    const silent = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent) return new Promise<void>(() => {});
        sent = true;
        c.enqueue(new Uint8Array(10));
      },
    });
    const reading = readCappedBody(silent, 1e12, controller.signal);
    setTimeout(() => controller.abort(new Error('timeout')), 5);
    await expect(reading).rejects.toThrow('timeout');
  });
});
