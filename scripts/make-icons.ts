/**
 * `npx tsx scripts/make-icons.ts`: draws the toolbar icon at every manifest size into public/icon/<size>.png.
 * Drawn in code (no image editor, no package): a white page with two columns of text lines, the left in
 * blue (this outlet), the right in orange (the other), one line in each column differing in length, the
 * extension's colour pair. PNGs are written by hand: RGBA scanlines, zlib-deflated, CRC-checked chunks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const OUT_DIR = join(import.meta.dirname, '..', 'public', 'icon');

type Rgba = [number, number, number, number];
const PAGE: Rgba = [255, 255, 255, 255];
const EDGE: Rgba = [40, 52, 70, 255];
const BLUE: Rgba = [11, 92, 173, 255];
const ORANGE: Rgba = [214, 106, 0, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The icon on a 16-unit grid scaled to `size`, so every size has the same picture. */
function draw(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unit = size / 16;
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: Rgba) => {
    for (let y = Math.round(y0 * unit); y < Math.round(y1 * unit); y++)
      for (let x = Math.round(x0 * unit); x < Math.round(x1 * unit); x++) pixels.set(colour, (y * size + x) * 4);
  };
  fill(0, 1, 16, 15, EDGE);
  fill(1, 2, 15, 14, PAGE);
  // Text lines: [y, left length, right length]; the third row differs between the columns.
  for (const [y, left, right] of [[3, 5, 5], [6, 5, 5], [9, 3, 5], [12, 5, 2]] as const) {
    fill(2, y, 2 + left, y + 1.5, BLUE);
    fill(9, y, 9 + right, y + 1.5, ORANGE);
  }
  return pixels;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT_DIR, `${size}.png`), png(size, draw(size)));
process.stdout.write(`icons: ${SIZES.join(', ')} px in ${OUT_DIR}\n`);
