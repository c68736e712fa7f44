import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingsBlock } from '../../../lib/store/postings-block';
import type { ShardHead } from '../../../lib/store/shard-head';
import { decodeShardRecords, encodeShardRecords, openSnapshot, snapshotStamp, snapshotWriter, type ShardRecords, type SnapshotFile } from '../../../lib/store/shard-snapshot';

/** A file in memory: what the writer wrote, read back at any offset. */
function memoryFile() {
  let bytes = new Uint8Array(0);
  const sink = {
    write(data: Uint8Array, at: number) {
      if (at + data.length > bytes.length) {
        const grown = new Uint8Array(at + data.length);
        grown.set(bytes);
        bytes = grown;
      }
      bytes.set(data, at);
    },
  };
  const file = (cut = bytes.length): SnapshotFile => ({
    size: () => Math.min(cut, bytes.length),
    read(into, at) {
      const part = bytes.subarray(at, Math.min(at + into.length, cut));
      into.set(part);
      return part.length;
    },
  });
  return { sink, file, bytes: () => bytes };
}

const block = (terms: string[], postings: number[][]): PostingsBlock => {
  let end = 0;
  return {
    terms,
    ends: Uint32Array.from(postings, (p) => (end += p.length)),
    docs: Uint32Array.from(postings.flat()),
    weights: Uint32Array.from(postings.flat(), (d) => d * 7 + 1),
  };
};
const head = (terms: string[], postings: number[][], openFrom = 40): ShardHead => ({ terms, df: Uint32Array.from(postings, (p) => p.length), openFrom, open: block(terms, postings) });
const plain = (records: ShardRecords) => JSON.parse(JSON.stringify(records, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));

const SHARDS = 8;
const records = {
  2: [block(['kim', 'putin'], [[1, 5], [2]]), head(['kim', 'putin', 'visit'], [[41], [42, 44], [43]])],
  5: [head(['"quoted"', 'naïve', 'line\nbreak'], [[3], [4], [5, 6]])],
} as Record<number, ShardRecords>;

async function written(stamp = { generation: 12, fingerprint: 'bundle-1' }) {
  const mem = memoryFile();
  const writer = snapshotWriter(mem.sink, SHARDS);
  for (const shard of [2, 5]) await writer.shard(shard, records[shard] as ShardRecords);
  await writer.finish(stamp);
  return mem;
}

describe('shard snapshot records', () => {
  const term = fc.string({ maxLength: 12 });
  const blockArb = fc.array(fc.tuple(term, fc.array(fc.nat(100_000), { maxLength: 6 })), { maxLength: 8 }).map((ps) => block(ps.map((p) => p[0]), ps.map((p) => p[1])));
  const recordArb = fc.oneof(blockArb, fc.tuple(blockArb, fc.nat(1_000)).map(([b, openFrom]): ShardHead => ({ terms: b.terms, df: b.ends.slice(), openFrom, open: b })));

  it('read back equal, field by field, whatever the terms (quotes, newlines, any text) (500 cases)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 5 }), (rs) => {
        expect(plain(decodeShardRecords(encodeShardRecords(rs)))).toEqual(plain(rs));
      }),
      { numRuns: 500 },
    );
  });

  it('read back from bytes that do not start 4-byte aligned (a slice of a larger buffer)', () => {
    const bytes = encodeShardRecords(records[2] as ShardRecords);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(plain(decodeShardRecords(shifted.subarray(1)))).toEqual(plain(records[2] as ShardRecords));
  });

  it.each([
    ['a length past the end', (b: Uint8Array) => b.subarray(0, b.length - 4)],
    ['a description that is not JSON', (b: Uint8Array) => Object.assign(b.slice(), { 4: 0x7b, 5: 0x7b })],
  ])('throws on bytes it did not write: %s', (_name, damage) => {
    expect(() => decodeShardRecords(damage(encodeShardRecords(records[2] as ShardRecords)))).toThrow();
  });
});

describe('snapshotWriter and openSnapshot', () => {
  it('give every shard back as it was written, a shard not written as empty, with the stamp', async () => {
    const mem = await written();
    const snapshot = openSnapshot(mem.file(), SHARDS);
    expect(snapshot).toMatchObject({ generation: 12, fingerprint: 'bundle-1' });
    for (let shard = 0; shard < SHARDS; shard++) {
      expect(snapshot?.readShard(shard)).toBeDefined();
      expect(plain(snapshot?.readShard(shard) ?? [])).toEqual(plain(records[shard] ?? []));
    }
  });

  it.each([
    ['no file at all', (m: ReturnType<typeof memoryFile>) => m.file(0)],
    ['a file cut short before its directory', (m: ReturnType<typeof memoryFile>) => m.file(m.bytes().length - 20)],
    ['another magic number', (m: ReturnType<typeof memoryFile>) => (m.sink.write(new Uint8Array([1]), 0), m.file())],
    ['another format version', (m: ReturnType<typeof memoryFile>) => (m.sink.write(new Uint8Array([9]), 4), m.file())],
    ['a stamp that does not parse', (m: ReturnType<typeof memoryFile>) => (m.sink.write(new Uint8Array([0x7b]), m.bytes().length - 2), m.file())],
  ])('is no snapshot: %s', async (_name, damage) => {
    const mem = await written();
    const file = damage(mem);
    expect(openSnapshot(file, SHARDS)).toBeUndefined();
    // Nor has it a stamp, read piece by piece as a page reads a file.
    const stamp = await snapshotStamp(file.size(), async (at, length) => {
      const into = new Uint8Array(length);
      return into.subarray(0, file.read(into, at));
    }, SHARDS);
    expect(stamp).toBeUndefined();
  });

  it('snapshotStamp reads the stamp of a whole file without reading its shards', async () => {
    const mem = await written();
    const file = mem.file();
    const reads: number[] = [];
    const stamp = await snapshotStamp(file.size(), async (at, length) => {
      reads.push(length);
      const into = new Uint8Array(length);
      return into.subarray(0, file.read(into, at));
    }, SHARDS);
    expect(stamp).toEqual({ generation: 12, fingerprint: 'bundle-1' });
    // The header and the stamp: two small reads.
    expect(reads).toHaveLength(2);
    expect(Math.max(...reads)).toBeLessThan(100);
  });

  it('is no snapshot for a layout of another shard count', async () => {
    const mem = await written();
    expect(openSnapshot(mem.file(), SHARDS * 2)).toBeUndefined();
  });

  it('a header written last: a writer stopped before finish leaves no snapshot', async () => {
    const mem = memoryFile();
    const writer = snapshotWriter(mem.sink, SHARDS);
    await writer.shard(2, records[2] as ShardRecords);
    expect(openSnapshot(mem.file(), SHARDS)).toBeUndefined();
  });

  it('a damaged shard reads as undefined (the caller reads the database), the others still read', async () => {
    const mem = await written();
    // Shard 2's bytes start right after the header: damage its JSON.
    mem.sink.write(new TextEncoder().encode('}}}}'), 32 + 4);
    const snapshot = openSnapshot(mem.file(), SHARDS);
    expect(snapshot?.readShard(2)).toBeUndefined();
    expect(plain(snapshot?.readShard(5) ?? [])).toEqual(plain(records[5] as ShardRecords));
  });

  it('writes the shards a megabyte at a time, not one write each (a file stream write costs more than its bytes)', async () => {
    const writes: Array<[number, number]> = [];
    const mem = memoryFile();
    const writer = snapshotWriter({ write: (data, at) => (writes.push([at, data.length]), mem.sink.write(data, at)) }, SHARDS);
    // Three shards of about 600 KB: the second crosses a megabyte (one write of both), the third waits for finish.
    const big = (shard: number) => [block([`t${shard}`], [Array.from({ length: 75_000 }, (_, i) => i)])];
    for (const shard of [1, 3, 6]) await writer.shard(shard, big(shard));
    expect(writes).toHaveLength(1);
    await writer.finish({ generation: 1, fingerprint: '' });
    expect(writes.map(([at]) => at)).toEqual([32, writes[1]![0], writes[2]![0], writes[3]![0], 0]);
    expect(writes).toHaveLength(5);
    const snapshot = openSnapshot(mem.file(), SHARDS);
    for (const shard of [1, 3, 6]) expect(plain(snapshot?.readShard(shard) ?? [])).toEqual(plain(big(shard)));
  });

  it.each([
    ['a shard twice', [2, 2]],
    ['shards out of order', [5, 2]],
    ['a shard past the layout', [SHARDS]],
  ])('refuses %s', async (_name, order) => {
    const writer = snapshotWriter(memoryFile().sink, SHARDS);
    await expect((async () => { for (const s of order) await writer.shard(s, []); })()).rejects.toThrow(/out of order/);
  });
});
