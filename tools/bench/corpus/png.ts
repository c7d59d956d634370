/**
 * A minimal PNG encoder (8-bit RGB, no interlacing) for the corpus's images: the generator stays
 * synchronous and needs no image library, and the same pixels always give the same bytes
 * (zlib's output depends only on its input and level). The format is that of the PNG
 * specification (W3C, « Portable Network Graphics (PNG) Specification »): a signature, then
 * chunks of length, type, data and CRC-32.
 */
import { deflateSync } from "node:zlib";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** CRC-32 of the PNG specification (polynomial 0xEDB88320), one table for every chunk. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let value = byte;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[byte] = value >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** `rgb`: `width × height × 3` bytes, row after row. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new RangeError(`${rgb.length} octets pour une image de ${width} × ${height}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // colour type: RGB
  // Compression, filter and interlace methods: 0 (the only ones defined, and no interlacing).
  const rowBytes = width * 3;
  // Each row starts with its filter type; « Sub » (1) stores each byte minus the one to its left,
  // which turns smooth gradients into runs of small numbers that deflate compresses well.
  const filtered = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const from = y * rowBytes;
    const to = y * (rowBytes + 1);
    filtered[to] = 1;
    for (let x = 0; x < rowBytes; x += 1) {
      const left = x >= 3 ? (rgb[from + x - 3] as number) : 0;
      filtered[to + 1 + x] = ((rgb[from + x] as number) - left) & 0xff;
    }
  }
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(filtered)), chunk("IEND", new Uint8Array(0))]);
}
