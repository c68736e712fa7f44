export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

/**
 * Reads a response body up to `maxBytes`, counting as it streams: at the first chunk past the cap it stops
 * reading and cancels the stream, so a 1 GB response costs at most the cap plus one chunk, never the whole
 * body. An abort of `signal` (timeout, cancelled run) cancels the stream and rejects with its reason.
 * @example await readCappedBody(response.body, 5 * 1024 * 1024, signal) // -> { ok: true, bytes } | { ok: false, tooLarge: true }
 */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number, signal: AbortSignal): Promise<CappedBody> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const onAbort = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      // A cancel on abort ends the stream as if it were complete: the abort, not a short body, is the answer.
      signal.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
