import { INDEX_LAYOUT } from './index-layout';
import type { PostingsBlock } from './postings-block';
import type { ShardHead } from './shard-head';

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

/** The shards of a refreshed store, read from a snapshot file instead of the database. */
export interface ShardSnapshot extends SnapshotStamp {
  /** A shard's records, or undefined when the file cannot give them (truncated or damaged): read the database then. */
  readShard(shard: number): ShardRecords | undefined;
}

const MAGIC = 0x5353_444f; // "ODSS", little-endian
const VERSION = 1;
// magic, version, shard count, stamp length (u32 each); generation, directory offset (f64 each).
const HEADER = 32;
/** Bytes of shards gathered before one write to the file. */
const WRITE_CHUNK = 1 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type BlockMeta = [terms: string[], ends: number, docs: number, weights: number];
type RecordMeta = { block: BlockMeta } | { head: { terms: string[]; df: number; openFrom: number; open: BlockMeta } };

/**
 * One shard's records as bytes: a JSON description (terms and array lengths) and the records' number
 * arrays after it, 4-byte aligned so they are read back as views, without copying.
 * @example decodeShardRecords(encodeShardRecords(records)) // -> records, equal field by field
 */
export function encodeShardRecords(records: ShardRecords): Uint8Array {
  const arrays: Uint32Array[] = [];
  const put = (a: Uint32Array) => (arrays.push(a), a.length);
  const block = (b: PostingsBlock): BlockMeta => [b.terms, put(b.ends), put(b.docs), put(b.weights)];
  const meta: RecordMeta[] = records.map((r) => ('open' in r ? { head: { terms: r.terms, df: put(r.df), openFrom: r.openFrom, open: block(r.open) } } : { block: block(r) }));
  const json = encoder.encode(JSON.stringify(meta));
  const start = 4 + json.length + ((4 - (json.length % 4)) % 4);
  const out = new Uint8Array(start + arrays.reduce((sum, a) => sum + a.byteLength, 0));
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let at = start;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/**
 * The records encodeShardRecords wrote. Throws on bytes it did not write (a length past the end, JSON
 * that does not parse): the caller reads the database instead.
 * @example decodeShardRecords(encodeShardRecords([head]))[0].terms // -> head.terms
 */
export function decodeShardRecords(bytes: Uint8Array): ShardRecords {
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const meta = JSON.parse(decoder.decode(bytes.subarray(4, 4 + jsonLength))) as RecordMeta[];
  let at = 4 + jsonLength + ((4 - (jsonLength % 4)) % 4);
  const take = (length: number) => {
    if (at + length * 4 > bytes.byteLength) throw new Error('shard snapshot: record past its end');
    const a = new Uint32Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length * 4;
    return a;
  };
  const block = ([terms, ends, docs, weights]: BlockMeta): PostingsBlock => ({ terms, ends: take(ends), docs: take(docs), weights: take(weights) });
  return meta.map((m) => ('head' in m ? { terms: m.head.terms, df: take(m.head.df), openFrom: m.head.openFrom, open: block(m.head.open) } : block(m.block)));
}

/**
 * Writes a snapshot of every shard, given shard by shard in ascending order (a shard not given has no
 * records), a megabyte at a time, then its directory and, last, its header: a file cut short has no
 * valid header, so it is never read as a snapshot.
 * @example const w = snapshotWriter(sink); await w.shard(3, records); await w.finish({ generation: 7, fingerprint: '' });
 */
export function snapshotWriter(sink: SnapshotSink, shards: number = INDEX_LAYOUT.shards) {
  const directory = new Float64Array(shards * 2);
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
      const bytes = encodeShardRecords(records);
      pending.push(bytes);
      directory[shard * 2] = at;
      directory[shard * 2 + 1] = bytes.length;
      at += bytes.length;
      if (at - pendingAt >= WRITE_CHUNK) await flush();
    },
    async finish(stamp: SnapshotStamp): Promise<void> {
      await flush();
      const stampBytes = encoder.encode(JSON.stringify(stamp));
      const directoryAt = at + ((8 - (at % 8)) % 8);
      await sink.write(new Uint8Array(directory.buffer), directoryAt);
      await sink.write(stampBytes, directoryAt + directory.byteLength);
      const header = new DataView(new ArrayBuffer(HEADER));
      header.setUint32(0, MAGIC, true);
      header.setUint32(4, VERSION, true);
      header.setUint32(8, shards, true);
      header.setUint32(12, stampBytes.length, true);
      header.setFloat64(16, stamp.generation, true);
      header.setFloat64(24, directoryAt, true);
      await sink.write(new Uint8Array(header.buffer), 0);
    },
  };
}

/** Where a whole file's directory and stamp are, from its header and size; undefined for a file this version did not write whole. */
function layoutOf(header: Uint8Array, size: number, shards: number): { directoryAt: number; stampAt: number; stampLength: number; generation: number } | undefined {
  if (size < HEADER || header.length < HEADER) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, HEADER);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION || view.getUint32(8, true) !== shards) return undefined;
  const stampLength = view.getUint32(12, true);
  const directoryAt = view.getFloat64(24, true);
  if (!Number.isInteger(directoryAt) || directoryAt + shards * 16 + stampLength !== size) return undefined;
  return { directoryAt, stampAt: directoryAt + shards * 16, stampLength, generation: view.getFloat64(16, true) };
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
 * cut-short or damaged one, another layout): the caller then reads the database.
 * @example openSnapshot(file)?.readShard(3) // -> the records of shard 3 at the snapshot's refresh
 */
export function openSnapshot(file: SnapshotFile, shards: number = INDEX_LAYOUT.shards): ShardSnapshot | undefined {
  const size = file.size();
  const header = new Uint8Array(HEADER);
  if (size >= HEADER) file.read(header, 0);
  const layout = layoutOf(header, size, shards);
  if (!layout) return undefined;
  const { directoryAt } = layout;
  const directory = new Float64Array(shards * 2);
  file.read(new Uint8Array(directory.buffer), directoryAt);
  const stampBytes = new Uint8Array(layout.stampLength);
  file.read(stampBytes, layout.stampAt);
  const stamp = stampOf(stampBytes, layout.generation);
  if (!stamp) return undefined;
  return {
    generation: stamp.generation,
    fingerprint: stamp.fingerprint,
    readShard(shard) {
      const at = directory[shard * 2];
      const length = directory[shard * 2 + 1];
      if (at === undefined || length === undefined) return undefined;
      if (!length) return [];
      if (at < HEADER || at + length > directoryAt) return undefined;
      const bytes = new Uint8Array(length);
      if (file.read(bytes, at) !== length) return undefined;
      try {
        return decodeShardRecords(bytes);
      } catch {
        return undefined;
      }
    },
  };
}
