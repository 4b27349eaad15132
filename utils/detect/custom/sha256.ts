// SHA-256 (FIPS 180-4) in plain TypeScript: scan() is synchronous, so WebCrypto's promise-based digest
// cannot be used. The constants are the first 32 fractional bits of the square roots (initial hash) and
// cube roots (round constants) of the first primes; they are computed rather than written out to keep the
// content script small, and corrected exactly with BigInt because Math.cbrt need not be correctly rounded.
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);
function rootBits(p: number, root: number): number {
  const power = BigInt(root);
  const target = BigInt(p) << BigInt(32 * root);
  let x = BigInt(Math.floor(p ** (1 / root) * 2 ** 32));
  while (x ** power > target) x--;
  while ((x + BigInt(1)) ** power <= target) x++;
  return Number(x & BigInt(0xffffffff));
}
const K = Uint32Array.from(PRIMES, (p) => rootBits(p, 3));
const H0 = Uint32Array.from(PRIMES.slice(0, 8), (p) => rootBits(p, 2));
const W = new Uint32Array(64);
const H = new Uint32Array(8);
// Buffers are reused across calls: the hashed dictionary hashes tens of thousands of short n-grams per paste.
let buffer = new Uint8Array(256);

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** Writes the UTF-8 encoding of `text` into the shared buffer and returns its length in bytes. */
function utf8(text: string): number {
  if (buffer.length < text.length * 3 + 72) buffer = new Uint8Array(text.length * 3 + 72);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) buffer[n++] = c;
    else if (c < 0x800) {
      buffer[n++] = 0xc0 | (c >> 6);
      buffer[n++] = 0x80 | (c & 63);
    } else {
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        buffer[n++] = 0xf0 | (c >> 18);
        buffer[n++] = 0x80 | ((c >> 12) & 63);
      } else {
        // A lone surrogate is encoded as U+FFFD, as TextEncoder does.
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        buffer[n++] = 0xe0 | (c >> 12);
      }
      buffer[n++] = 0x80 | ((c >> 6) & 63);
      buffer[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

/** SHA-256 of the UTF-8 encoding of `text`, as eight 32-bit words (a shared array, valid until the next call). */
export function sha256Words(text: string): Uint32Array {
  const length = utf8(text);
  // Message, a 0x80 byte, zero padding, and the bit length in the last 8 bytes of a 64-byte block.
  const total = (((length + 8) >>> 6) + 1) * 64;
  buffer[length] = 0x80;
  buffer.fill(0, length + 1, total);
  const bits = length * 8;
  for (let i = 1; i <= 4; i++) buffer[total - i] = (bits >>> ((i - 1) * 8)) & 255;
  buffer[total - 5] = Math.floor(bits / 2 ** 32) & 255;
  H.set(H0);
  for (let offset = 0; offset < total; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const o = offset + t * 4;
      W[t] = (buffer[o] << 24) | (buffer[o + 1] << 16) | (buffer[o + 2] << 8) | buffer[o + 3];
    }
    for (let t = 16; t < 64; t++) {
      const a = W[t - 15];
      const b = W[t - 2];
      W[t] = (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)) + W[t - 7] + W[t - 16];
    }
    let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] += a;
    H[1] += b;
    H[2] += c;
    H[3] += d;
    H[4] += e;
    H[5] += f;
    H[6] += g;
    H[7] += h;
  }
  return H;
}

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  let hex = '';
  for (const word of sha256Words(text)) hex += word.toString(16).padStart(8, '0');
  return hex;
}
