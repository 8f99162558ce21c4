'use strict';
/**
 * A tiny, dependency-free rasterizer for the handful of shapes the icon design uses,
 * plus a PNG encoder (RGBA, 8 bit, zlib from Node). Deterministic: the same design gives
 * byte-identical PNGs on every machine, with no browser or native library involved.
 *
 * Shapes (coordinates in pixels; pixel (i, j) covers [i, i+1) x [j, j+1)):
 *   { type: 'rect', x, y, w, h, rx?, fill }
 *   { type: 'circle', cx, cy, r, fill }
 *   { type: 'stroke', points: [[x, y], ...], width, fill }   round caps and joins
 * Any shape may carry `op: 'clear'`, which punches it out of everything drawn before it
 * (an SVG mask does the same in the emitted .svg).
 */
const zlib = require('zlib');

/** Samples per pixel along each axis. 16 x 16 = 256 coverage levels: smooth curves. */
const SS = 16;

function parseColor(hex) {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  if (!m) throw new Error(`Bad colour ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, m[2] ? parseInt(m[2], 16) / 255 : 1];
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return Math.sqrt(qx * qx + qy * qy);
}

/** Returns an inside(x, y) test and a bounding box for one shape. */
function geometry(s) {
  switch (s.type) {
    case 'rect': {
      const rx = Math.min(s.rx || 0, s.w / 2, s.h / 2);
      const x0 = s.x;
      const y0 = s.y;
      const x1 = s.x + s.w;
      const y1 = s.y + s.h;
      return {
        box: [x0, y0, x1, y1],
        inside(x, y) {
          if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
          if (rx <= 0) return true;
          const cx = x < x0 + rx ? x0 + rx : x > x1 - rx ? x1 - rx : x;
          const cy = y < y0 + rx ? y0 + rx : y > y1 - rx ? y1 - rx : y;
          const dx = x - cx;
          const dy = y - cy;
          return dx * dx + dy * dy <= rx * rx;
        },
      };
    }
    case 'circle':
      return {
        box: [s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r],
        inside(x, y) {
          const dx = x - s.cx;
          const dy = y - s.cy;
          return dx * dx + dy * dy <= s.r * s.r;
        },
      };
    case 'stroke': {
      const h = s.width / 2;
      const xs = s.points.map((p) => p[0]);
      const ys = s.points.map((p) => p[1]);
      return {
        box: [Math.min(...xs) - h, Math.min(...ys) - h, Math.max(...xs) + h, Math.max(...ys) + h],
        inside(x, y) {
          for (let i = 0; i + 1 < s.points.length; i++) {
            const [ax, ay] = s.points[i];
            const [bx, by] = s.points[i + 1];
            if (distToSegment(x, y, ax, ay, bx, by) <= h) return true;
          }
          return false;
        },
      };
    }
    default:
      throw new Error(`Unknown shape type ${s.type}`);
  }
}

/** Renders shapes into a premultiplied float RGBA buffer of size x size, then to 8-bit RGBA. */
function rasterize(size, shapes) {
  const buf = new Float64Array(size * size * 4); // premultiplied, 0..1
  for (const s of shapes) {
    const g = geometry(s);
    const [r, gr, b, a] = s.op === 'clear' ? [0, 0, 0, 1] : parseColor(s.fill);
    const px0 = Math.max(0, Math.floor(g.box[0]));
    const py0 = Math.max(0, Math.floor(g.box[1]));
    const px1 = Math.min(size, Math.ceil(g.box[2]));
    const py1 = Math.min(size, Math.ceil(g.box[3]));
    for (let py = py0; py < py1; py++) {
      for (let px = px0; px < px1; px++) {
        let hits = 0;
        for (let sy = 0; sy < SS; sy++) {
          const y = py + (sy + 0.5) / SS;
          for (let sx = 0; sx < SS; sx++) {
            if (g.inside(px + (sx + 0.5) / SS, y)) hits++;
          }
        }
        if (hits === 0) continue;
        const cov = (hits / (SS * SS)) * a;
        const i = (py * size + px) * 4;
        if (s.op === 'clear') {
          for (let k = 0; k < 4; k++) buf[i + k] *= 1 - cov;
        } else {
          buf[i] = (r / 255) * cov + buf[i] * (1 - cov);
          buf[i + 1] = (gr / 255) * cov + buf[i + 1] * (1 - cov);
          buf[i + 2] = (b / 255) * cov + buf[i + 2] * (1 - cov);
          buf[i + 3] = cov + buf[i + 3] * (1 - cov);
        }
      }
    }
  }
  const out = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const a = buf[i * 4 + 3];
    const A = Math.round(a * 255);
    out[i * 4 + 3] = A;
    if (A === 0) continue; // fully transparent pixels are stored as 0,0,0,0
    for (let k = 0; k < 3; k++) {
      out[i * 4 + k] = Math.max(0, Math.min(255, Math.round((buf[i * 4 + k] / a) * 255)));
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bufs) {
  let c = 0xffffffff;
  for (const b of bufs)
    for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const t = Buffer.from(type, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([t, data]));
  return Buffer.concat([len, t, data, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major) as a PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 1 (Sub): small, and simple enough to get right.
    const o = y * (stride + 1);
    raw[o] = 1;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      raw[o + 1 + x] = (cur - left) & 255;
    }
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Nearest-neighbour upscale, for previews only. */
function upscale(size, rgba, factor, bg) {
  const n = size * factor;
  const out = Buffer.alloc(n * n * 4);
  const [br, bgc, bb] = bg ? parseColor(bg) : [0, 0, 0];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const i = (Math.floor(y / factor) * size + Math.floor(x / factor)) * 4;
      const o = (y * n + x) * 4;
      if (bg) {
        const a = rgba[i + 3] / 255;
        out[o] = Math.round(rgba[i] * a + br * (1 - a));
        out[o + 1] = Math.round(rgba[i + 1] * a + bgc * (1 - a));
        out[o + 2] = Math.round(rgba[i + 2] * a + bb * (1 - a));
        out[o + 3] = 255;
      } else {
        rgba.copy(out, o, i, i + 4);
      }
    }
  }
  return { size: n, rgba: out };
}

module.exports = { rasterize, encodePng, upscale, parseColor };
