/**
 * Draws the application icon (resources/icon.png, 1024×1024): a page with four coloured
 * bands, one per default category. electron-builder turns it into .icns and .ico when
 * packaging. Plain Node (zlib), so it needs no image tools.
 *
 * Usage: node scripts/desktop/make-icon.mjs [OUT.png]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'icon.png');

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const BACKGROUND = hex('#24313f');
const PAGE = hex('#fbfaf6');
const LINE = hex('#c9c4b8');
// The default categories' colours (src/shared/codebook.ts, Okabe–Ito).
const BANDS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'].map(hex);

/** The colour of one pixel. */
function pixel(x, y) {
  const r = 180; // corner radius of the background square
  const cx = Math.min(Math.max(x, r), SIZE - 1 - r);
  const cy = Math.min(Math.max(y, r), SIZE - 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  if (x < 232 || x > 792 || y < 152 || y > 872) return BACKGROUND;
  const row = Math.floor((y - 232) / 96);
  const inRow = (y - 232) % 96;
  if (y >= 232 && row < 7 && inRow < 44) {
    const band = [0, 2, 3, 5].indexOf(row);
    if (band >= 0 && x >= 292 && x <= 732) return BANDS[band];
    if (x >= 292 && x <= (row === 6 ? 560 : 732)) return LINE;
  }
  return PAGE;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`Wrote ${out} (${png.length} bytes).`);
