import { INDEX_LAYOUT } from './index-layout';
import type { PostingsBlock } from './postings-block';
import type { ShardHead } from './shard-head';
import { recordsView, type PostingsRun, type ShardView } from './shard-view';

/** One shard's records as the store keeps them: its sealed blocks in order, then its head. */
export type ShardRecords = Array<PostingsBlock | ShardHead>;

/** A file read at any offset, synchronously (an OPFS synchronous access handle; a buffer in tests). */
export interface SnapshotFile {
  size(): number;
  /** Fills `into` from byte `at`; returns how many bytes it read (fewer at the end of the file). */
  read(into: Uint8Array, at: number): number;
}

/** Where the bytes of a snapshot go, in order (an OPFS writable stream; a buffer in tests). */
export interface SnapshotSink {
  write(bytes: Uint8Array, at: number): Promise<void> | void;
}

/** The refresh a snapshot was taken at: a query uses it only on the store that refresh left. */
export interface SnapshotStamp {
  generation: number;
  fingerprint: string;
}

/** What the refresh knew of every stored article, by docNo: its exact norm and its publication day. */
export interface SnapshotArticles {
  norms: Float64Array;
  days: Float32Array;
}

/** The shards of a refreshed store, and its articles' norms and days, read from a snapshot file instead of the database. */
export interface ShardSnapshot extends SnapshotStamp {
  /** A shard (its terms' counts at once, a term's postings when asked), or undefined when the file cannot give it (truncated or damaged): read the database then. */
  readShard(shard: number): ShardView | undefined;
  /** Every stored article's norm as the refresh kept it and its day (NaN: none), by docNo; undefined when the file cannot give them. */
  articles(): SnapshotArticles | undefined;
}

const MAGIC = 0x5353_444f; // "ODSS", little-endian
const VERSION = 2;
// magic, version, shard count, stamp length (u32 each); generation, directory offset (f64 each); articles (u32), padding.
const HEADER = 40;
/** A shard's first words: term count, posting count, bytes of its terms. */
const SHARD_HEADER = 12;
/** Bytes of shards gathered before one write to the file. */
const WRITE_CHUNK = 1 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const padded = (n: number) => n + ((4 - (n % 4)) % 4);

/** Byte order of UTF-8 (the order of code points), the order a shard's terms are kept in the file. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** Where a shard's terms start: after its first words and its n + 1 term starts, n ends and n counts. */
const termsOffset = (n: number) => SHARD_HEADER + (3 * n + 1) * 4;
/** Bytes of a shard's directory (its first words, the terms' starts, ends and counts, and the terms), from its term count and the bytes of its terms. */
const directoryBytes = (n: number, termBytes: number) => termsOffset(n) + padded(termBytes);

/**
 * One shard's records as bytes, its blocks merged term by term. First its directory: the term count,
 * the posting count and the bytes of the terms; each term's start in those bytes, where its postings
 * end (a running count), and its document frequency; the terms (UTF-8, in byte order). Then each
 * term's postings: its docNos, then its weights. A query reads the directory and then only its own
 * terms' postings, one read each, with no JSON to parse.
 * @example shardViewAt(file, 0, encodeShard(records).length, directoryLength(encodeShard(records)))?.df('kim') // -> records' count of 'kim'
 */
export function encodeShard(records: ShardRecords): Uint8Array {
  const view = recordsView(records);
  const names = new Set<string>();
  for (const record of records) for (const term of record.terms) names.add(term);
  const terms = [...names].map((term) => ({ term, bytes: encoder.encode(term) })).sort((x, y) => compareBytes(x.bytes, y.bytes));
  const runs = terms.map(({ term }) => view.postings(term));
  const counts = runs.map((r) => r.reduce((n, run) => n + run.docs.length, 0));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const termBytes = terms.reduce((sum, t) => sum + t.bytes.length, 0);
  const n = terms.length;
  const head = directoryBytes(n, termBytes);
  const out = new Uint8Array(head + total * 8);
  const words = new Uint32Array(out.buffer);
  words.set([n, total, termBytes]);
  const starts = 3;
  const ends = starts + n + 1;
  const dfs = ends + n;
  const termsAt = termsOffset(n);
  let at = 0;
  let posting = 0;
  terms.forEach(({ term, bytes }, i) => {
    words[starts + i] = at;
    out.set(bytes, termsAt + at);
    at += bytes.length;
    const count = counts[i] as number;
    let k = head / 4 + 2 * posting;
    for (const run of runs[i] as readonly PostingsRun[]) {
      words.set(run.docs, k);
      words.set(run.weights, k + count);
      k += run.docs.length;
    }
    posting += count;
    words[ends + i] = posting;
    words[dfs + i] = view.df(term);
  });
  words[starts + n] = at;
  return out;
}

/**
 * How many of a shard's bytes (encodeShard's) are its directory: what a query reads before any postings.
 * @example directoryLength(encodeShard([])) // -> 16
 */
export function directoryLength(shard: Uint8Array): number {
  const view = new DataView(shard.buffer, shard.byteOffset, shard.byteLength);
  return directoryBytes(view.getUint32(0, true), view.getUint32(8, true));
}

const EMPTY_SHARD: ShardView = { df: () => 0, postings: () => [] };

/** Where postings are read into: `words` 32-bit words, the view valid until the next call. */
export type PostingsScratch = (words: number) => Uint32Array;

/** A fresh buffer for every read: for a caller that keeps what it reads. */
const freshBuffer: PostingsScratch = (words) => new Uint32Array(words);

/**
 * One buffer reused for every read, grown (doubled) when a read needs more. Memory a process has not
 * touched yet is what a read costs most: in Chromium 150 on the bench machine, reading from the
 * snapshot file into a new buffer took 3.1-3.5 ms a megabyte, into a buffer already written 0.2-0.4, and
 * a query sums some 6-16 MB of common terms' postings, a term at a time.
 * @example const scratch = reusedBuffer(); scratch(4).buffer === scratch(2).buffer // -> true
 */
export function reusedBuffer(): PostingsScratch {
  let buffer = new Uint32Array(1 << 14);
  return (words) => {
    if (words > buffer.length) buffer = new Uint32Array(Math.max(words, 2 * buffer.length));
    return buffer.subarray(0, words);
  };
}

/**
 * The shard encodeShard wrote, `length` bytes at `at` in `file`, the first `head` of them its
 * directory. The directory is read at once and checked (every term and run inside the shard); a term is
 * found by binary search over its bytes, and its postings are read into `scratch` when asked, in one
 * read. A read costs about its bytes and a shard that holds a common term is mostly that term's
 * postings, so a query never reads a whole shard. Undefined for bytes it did not write.
 * @example shardViewAt(file, 4096, 812, 100)?.postings('kim') // -> [{ docs: Uint32Array [1, 5, 41], weights: … }]
 */
export function shardViewAt(file: SnapshotFile, at: number, length: number, head: number, scratch: PostingsScratch = freshBuffer): ShardView | undefined {
  if (length === 0) return EMPTY_SHARD;
  if (head < SHARD_HEADER || head > length || head % 4) return undefined;
  const words = new Uint32Array(head / 4);
  const bytes = new Uint8Array(words.buffer);
  if (file.read(bytes, at) !== head) return undefined;
  const [n = 0, total = 0, termBytes = 0] = words;
  if (directoryBytes(n, termBytes) !== head || head + total * 8 !== length) return undefined;
  const starts = words.subarray(3, 4 + n);
  const ends = words.subarray(4 + n, 4 + 2 * n);
  const dfs = words.subarray(4 + 2 * n, 4 + 3 * n);
  const termsAt = termsOffset(n);
  const terms = bytes.subarray(termsAt, termsAt + termBytes);
  for (let i = 0; i < n; i++) {
    if ((starts[i + 1] as number) < (starts[i] as number) || (ends[i] as number) < (i ? (ends[i - 1] as number) : 0)) return undefined;
  }
  if (starts[0] !== 0 || starts[n] !== termBytes || (n ? ends[n - 1] : 0) !== total) return undefined;
  const find = (term: string) => {
    const key = encoder.encode(term);
    let low = 0;
    let high = n - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = compareBytes(terms.subarray(starts[middle], starts[middle + 1]), key);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  return {
    df(term) {
      const i = find(term);
      return i < 0 ? 0 : (dfs[i] as number);
    },
    postings(term) {
      const i = find(term);
      const start = i > 0 ? (ends[i - 1] as number) : 0;
      const count = i < 0 ? 0 : (ends[i] as number) - start;
      if (!count) return [];
      const both = scratch(2 * count);
      if (file.read(new Uint8Array(both.buffer, both.byteOffset, count * 8), at + head + start * 8) !== count * 8) throw new Error('shard snapshot: postings past the end of the file');
      return [{ docs: both.subarray(0, count), weights: both.subarray(count) }];
    },
  };
}

/**
 * Writes a snapshot of every shard, given shard by shard in ascending order (a shard not given has no
 * records), a megabyte at a time, then its directory, the articles' norms and days, its stamp and,
 * last, its header: a file cut short has no valid header, so it is never read as a snapshot.
 * @example const w = snapshotWriter(sink); await w.shard(3, records); await w.finish({ generation: 7, fingerprint: '' }, { norms, days });
 */
export function snapshotWriter(sink: SnapshotSink, shards: number = INDEX_LAYOUT.shards) {
  const directory = new Float64Array(shards * 3);
  // Shards are written a chunk at a time: a write to a file stream costs far more than its bytes.
  let pending: Uint8Array[] = [];
  let pendingAt = HEADER;
  let at = HEADER;
  let last = -1;
  const flush = async () => {
    if (!pending.length) return;
    const chunk = new Uint8Array(at - pendingAt);
    let offset = 0;
    for (const bytes of pending) {
      chunk.set(bytes, offset);
      offset += bytes.length;
    }
    pending = [];
    await sink.write(chunk, pendingAt);
    pendingAt = at;
  };
  return {
    async shard(shard: number, records: ShardRecords): Promise<void> {
      if (shard <= last || shard >= shards) throw new Error(`shard snapshot: shard ${shard} out of order`);
      last = shard;
      const bytes = encodeShard(records);
      pending.push(bytes);
      directory.set([at, bytes.length, directoryLength(bytes)], shard * 3);
      at += bytes.length;
      if (at - pendingAt >= WRITE_CHUNK) await flush();
    },
    async finish(stamp: SnapshotStamp, articles: SnapshotArticles = { norms: new Float64Array(0), days: new Float32Array(0) }): Promise<void> {
      if (articles.norms.length !== articles.days.length) throw new Error('shard snapshot: as many days as norms');
      await flush();
      const stampBytes = encoder.encode(JSON.stringify(stamp));
      const directoryAt = at + ((8 - (at % 8)) % 8);
      const normsAt = directoryAt + directory.byteLength;
      await sink.write(new Uint8Array(directory.buffer), directoryAt);
      await sink.write(new Uint8Array(articles.norms.buffer, articles.norms.byteOffset, articles.norms.byteLength), normsAt);
      await sink.write(new Uint8Array(articles.days.buffer, articles.days.byteOffset, articles.days.byteLength), normsAt + articles.norms.byteLength);
      await sink.write(stampBytes, normsAt + articles.norms.byteLength + articles.days.byteLength);
      const header = new DataView(new ArrayBuffer(HEADER));
      header.setUint32(0, MAGIC, true);
      header.setUint32(4, VERSION, true);
      header.setUint32(8, shards, true);
      header.setUint32(12, stampBytes.length, true);
      header.setFloat64(16, stamp.generation, true);
      header.setFloat64(24, directoryAt, true);
      header.setUint32(32, articles.norms.length, true);
      await sink.write(new Uint8Array(header.buffer), 0);
    },
  };
}

interface Layout {
  directoryAt: number;
  normsAt: number;
  articles: number;
  stampAt: number;
  stampLength: number;
  generation: number;
}

/** Where a whole file's parts are, from its header and size; undefined for a file this version did not write whole. */
function layoutOf(header: Uint8Array, size: number, shards: number): Layout | undefined {
  if (size < HEADER || header.length < HEADER) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, HEADER);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION || view.getUint32(8, true) !== shards) return undefined;
  const stampLength = view.getUint32(12, true);
  const directoryAt = view.getFloat64(24, true);
  const articles = view.getUint32(32, true);
  const normsAt = directoryAt + shards * 24;
  const stampAt = normsAt + articles * 12;
  if (!Number.isInteger(directoryAt) || directoryAt % 8 || stampAt + stampLength !== size) return undefined;
  return { directoryAt, normsAt, articles, stampAt, stampLength, generation: view.getFloat64(16, true) };
}

/** The stamp in its bytes, when it parses and agrees with the header's generation. */
function stampOf(bytes: Uint8Array, generation: number): SnapshotStamp | undefined {
  try {
    const stamp = JSON.parse(decoder.decode(bytes)) as SnapshotStamp;
    return stamp.generation === generation && typeof stamp.fingerprint === 'string' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stamp of a snapshot file read piece by piece (a page reads a file asynchronously), or undefined
 * when the file is not one this version wrote whole: which refresh the file is, without reading it.
 * @example await snapshotStamp(file.size, (at, length) => readBytes(file, at, length)) // -> { generation: 7, fingerprint: 'f0…' }
 */
export async function snapshotStamp(size: number, read: (at: number, length: number) => Promise<Uint8Array>, shards: number = INDEX_LAYOUT.shards): Promise<SnapshotStamp | undefined> {
  const layout = layoutOf(await read(0, HEADER), size, shards);
  return layout && stampOf(await read(layout.stampAt, layout.stampLength), layout.generation);
}

/**
 * The snapshot in a file, or undefined when the file is not one this version wrote whole (no file, a
 * cut-short or damaged one, another layout): the caller then reads the database. The norms and days
 * are read whole when first asked (12 bytes an article), a shard's directory when it is first asked.
 * @example openSnapshot(file)?.readShard(3)?.postings('kim') // -> the postings of 'kim' at the snapshot's refresh
 */
export function openSnapshot(file: SnapshotFile, shards: number = INDEX_LAYOUT.shards): ShardSnapshot | undefined {
  const size = file.size();
  const header = new Uint8Array(HEADER);
  if (size >= HEADER) file.read(header, 0);
  const layout = layoutOf(header, size, shards);
  if (!layout) return undefined;
  const { directoryAt, normsAt, articles } = layout;
  const directory = new Float64Array(shards * 3);
  file.read(new Uint8Array(directory.buffer), directoryAt);
  const stampBytes = new Uint8Array(layout.stampLength);
  file.read(stampBytes, layout.stampAt);
  const stamp = stampOf(stampBytes, layout.generation);
  if (!stamp) return undefined;
  // Every shard's postings are read into one buffer (reusedBuffer): a query sums a term's before the next.
  const scratch = reusedBuffer();
  let perArticle: SnapshotArticles | undefined | null = null;
  const kept = () => {
    if (perArticle !== null) return perArticle;
    const norms = new Float64Array(articles);
    const days = new Float32Array(articles);
    const whole = file.read(new Uint8Array(norms.buffer), normsAt) === norms.byteLength && file.read(new Uint8Array(days.buffer), normsAt + norms.byteLength) === days.byteLength;
    return (perArticle = whole ? { norms, days } : undefined);
  };
  return {
    generation: stamp.generation,
    fingerprint: stamp.fingerprint,
    readShard(shard) {
      const [at, length, head] = directory.subarray(shard * 3, shard * 3 + 3);
      if (at === undefined || length === undefined || head === undefined) return undefined;
      if (length && (at < HEADER || at + length > directoryAt)) return undefined;
      return shardViewAt(file, at, length, head, scratch);
    },
    articles: kept,
  };
}
