import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingsBlock } from '../../../lib/store/postings-block';
import type { ShardHead } from '../../../lib/store/shard-head';
import { directoryLength, encodeShard, openSnapshot, reusedBuffer, shardViewAt, snapshotStamp, snapshotWriter, type ShardRecords, type SnapshotFile } from '../../../lib/store/shard-snapshot';
import { recordsView, type ShardView } from '../../../lib/store/shard-view';

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

const SHARDS = 8;
const records = {
  2: [block(['kim', 'putin'], [[1, 5], [2]]), head(['kim', 'putin', 'visit'], [[41], [42, 44], [43]])],
  5: [head(['"quoted"', 'naïve', 'line\nbreak'], [[3], [4], [5, 6]])],
} as Record<number, ShardRecords>;

const articles = { norms: Float64Array.of(0, 1.25, 0, 3.5), days: Float32Array.of(Number.NaN, 19_000, Number.NaN, 19_002) };

async function written(stamp = { generation: 12, fingerprint: 'bundle-1' }) {
  const mem = memoryFile();
  const writer = snapshotWriter(mem.sink, SHARDS);
  for (const shard of [2, 5]) await writer.shard(shard, records[shard] as ShardRecords);
  await writer.finish(stamp, articles);
  return mem;
}

/** A shard's records seen through a view: every term's count and postings, and a term it lacks. */
function contents(view: ShardView | undefined, terms: readonly string[]) {
  return [...terms, 'absent-term'].map((term) => {
    const runs = view?.postings(term) ?? [];
    return { term, df: view?.df(term), docs: runs.flatMap((r) => [...r.docs]), weights: runs.flatMap((r) => [...r.weights]) };
  });
}
const termsOf = (rs: ShardRecords) => [...new Set(rs.flatMap((r) => r.terms))];
/** encodeShard's bytes as a file, at an offset (shards sit anywhere in the snapshot). */
const viewOf = (rs: ShardRecords, offset = 0) => {
  const bytes = encodeShard(rs);
  const file = new Uint8Array(offset + bytes.length);
  file.set(bytes, offset);
  const read = (into: Uint8Array, at: number) => {
    const part = file.subarray(at, at + into.length);
    into.set(part);
    return part.length;
  };
  return shardViewAt({ size: () => file.length, read }, offset, bytes.length, directoryLength(bytes));
};

describe('encodeShard and shardViewAt', () => {
  // A shard as the store writes one: unique sorted terms, each term's articles in ascending docNo, the
  // older ones sealed in a block and the newer ones in the head, which lists every term with its count.
  const shardArb = fc
    .tuple(fc.uniqueArray(fc.tuple(fc.string({ maxLength: 12, unit: 'binary' }), fc.uniqueArray(fc.nat(100_000), { maxLength: 6 })), { selector: (p) => p[0], maxLength: 8 }), fc.nat(100_000), fc.boolean())
    .map(([postings, cut, sealed]): ShardRecords => {
      const sorted = postings.map(([t, docs]) => [t, docs.sort((x, y) => x - y)] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
      const older = sorted.map(([t, docs]) => [t, docs.filter((d) => sealed && d < cut)] as const).filter(([, docs]) => docs.length);
      const newer = sorted.map(([t, docs]) => [t, docs.filter((d) => !sealed || d >= cut)] as const).filter(([, docs]) => docs.length);
      const h: ShardHead = { terms: sorted.map(([t]) => t), df: Uint32Array.from(sorted, ([, docs]) => docs.length), openFrom: cut, open: block(newer.map(([t]) => t), newer.map(([, docs]) => docs)) };
      return older.length ? [block(older.map(([t]) => t), older.map(([, docs]) => docs)), h] : [h];
    });

  it('read back every term with the count and postings the records give, whatever the terms (any Unicode, quotes, newlines) (500 cases)', () => {
    fc.assert(
      fc.property(shardArb, fc.nat(9), (rs, offset) => {
        expect(contents(viewOf(rs, offset), termsOf(rs))).toEqual(contents(recordsView(rs), termsOf(rs)));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['sealed block then head', records[2] as ShardRecords],
    ['head alone, quotes and newlines', records[5] as ShardRecords],
    // UTF-16 order puts an astral character (a surrogate pair) before U+FFFD; byte order after it.
    ['astral and high-BMP terms', [head(['a', '😀', '\uFFFD'].sort(), [[1], [2, 3], [4]])]],
    ['no records', []],
  ])('%s', (_name, rs) => {
    expect(contents(viewOf(rs, 3), termsOf(rs))).toEqual(contents(recordsView(rs), termsOf(rs)));
  });

  it("reads the directory in one read, then an asked term's postings in one read", () => {
    const bytes = encodeShard(records[2] as ShardRecords);
    const reads: number[] = [];
    const view = shardViewAt({ size: () => bytes.length, read: (into, at) => (reads.push(into.length), into.set(bytes.subarray(at, at + into.length)), Math.min(into.length, bytes.length - at)) }, 0, bytes.length, directoryLength(bytes));
    expect(reads).toEqual([directoryLength(bytes)]);
    expect(view?.df('putin')).toBe(recordsView(records[2] as ShardRecords).df('putin'));
    expect(view?.postings('absent')).toEqual([]);
    expect(reads).toHaveLength(1);
    expect([...(view?.postings('putin')[0]?.docs ?? [])]).toEqual([2, 42, 44]);
    // putin's three docNos and three weights, and nothing of kim's or visit's.
    expect(reads).toEqual([directoryLength(bytes), 24]);
  });

  it.each([
    ['a length past the end', (b: Uint8Array) => b.subarray(0, b.length - 8)],
    ['a term count that does not fit the length', (b: Uint8Array) => Object.assign(b.slice(), { 0: 200 })],
    ["postings that end before the previous term's", (b: Uint8Array) => {
      const damaged = b.slice();
      // Term 0's end (after the term count, posting count, term bytes and the 4 term starts) set past term 1's.
      new DataView(damaged.buffer).setUint32(12 + 4 * 4, 99, true);
      return damaged;
    }],
  ])('is undefined for bytes it did not write: %s', (_name, damage) => {
    const bytes = damage(encodeShard(records[2] as ShardRecords));
    const whole = encodeShard(records[2] as ShardRecords);
    expect(shardViewAt({ size: () => bytes.length, read: (into, at) => (into.set(bytes.subarray(at, at + into.length)), Math.min(into.length, Math.max(0, bytes.length - at))) }, 0, bytes.length, directoryLength(whole))).toBeUndefined();
  });
});

describe('reusedBuffer', () => {
  it.each([
    ['a smaller read', [100, 40], true],
    ['a read as large as the buffer', [1 << 14, 1 << 14], true],
    ['a larger read: a new buffer', [100, (1 << 14) + 1], false],
  ])('%s', (_name, [first, second], same) => {
    const scratch = reusedBuffer();
    const a = scratch(first as number);
    const b = scratch(second as number);
    expect(a).toHaveLength(first as number);
    expect(b).toHaveLength(second as number);
    expect(a.buffer === b.buffer).toBe(same);
  });

  it("a snapshot's postings share the buffer: the next term's read overwrites the last one's views", async () => {
    const mem = await written();
    const shard = openSnapshot(mem.file(), SHARDS)?.readShard(2);
    const kim = shard?.postings('kim')[0]?.docs;
    expect([...(kim ?? [])]).toEqual([1, 5, 41]);
    shard?.postings('putin');
    expect([...(kim ?? [])]).not.toEqual([1, 5, 41]);
  });
});

describe('snapshotWriter and openSnapshot', () => {
  it('give every shard back as it was written, a shard not written as empty, with the stamp', async () => {
    const mem = await written();
    const snapshot = openSnapshot(mem.file(), SHARDS);
    expect(snapshot).toMatchObject({ generation: 12, fingerprint: 'bundle-1' });
    for (let shard = 0; shard < SHARDS; shard++) {
      expect(snapshot?.readShard(shard)).toBeDefined();
      expect(contents(snapshot?.readShard(shard), termsOf(records[shard] ?? []))).toEqual(contents(recordsView(records[shard] ?? []), termsOf(records[shard] ?? [])));
    }
  });

  it("gives the articles' norms and days back by docNo, read once when first asked", async () => {
    const mem = await written();
    const file = mem.file();
    let reads = 0;
    const snapshot = openSnapshot({ size: file.size, read: (into, at) => (reads++, file.read(into, at)) }, SHARDS);
    const opened = reads;
    expect(snapshot?.articles()).toEqual(articles);
    snapshot?.articles();
    expect(reads).toBe(opened + 2);
  });

  it("gives no norms and days where the file cannot give them whole (the database's are read then)", async () => {
    const mem = await written();
    const file = mem.file();
    // A read that comes back short where the norms are: the file's last bytes before the stamp.
    const snapshot = openSnapshot({ size: file.size, read: (into, at) => (into.length === articles.norms.byteLength ? 3 : file.read(into, at)) }, SHARDS);
    expect(snapshot).toBeDefined();
    expect(snapshot?.articles()).toBeUndefined();
  });

  it('refuses days that are not one per norm', async () => {
    await expect(snapshotWriter(memoryFile().sink, SHARDS).finish({ generation: 1, fingerprint: '' }, { norms: new Float64Array(2), days: new Float32Array(1) })).rejects.toThrow(/as many days/);
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
    // Shard 2's bytes start right after the header: damage its term count.
    mem.sink.write(new Uint8Array([0xff, 0xff]), 40);
    const snapshot = openSnapshot(mem.file(), SHARDS);
    expect(snapshot?.readShard(2)).toBeUndefined();
    expect(contents(snapshot?.readShard(5), termsOf(records[5] as ShardRecords))).toEqual(contents(recordsView(records[5] as ShardRecords), termsOf(records[5] as ShardRecords)));
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
    // Then the directory, the norms, the days, the stamp and the header.
    expect(writes.map(([at]) => at)).toEqual([40, writes[1]![0], writes[2]![0], writes[3]![0], writes[4]![0], writes[5]![0], 0]);
    expect(writes).toHaveLength(7);
    const snapshot = openSnapshot(mem.file(), SHARDS);
    for (const shard of [1, 3, 6]) expect(contents(snapshot?.readShard(shard), [`t${shard}`])).toEqual(contents(recordsView(big(shard)), [`t${shard}`]));
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
