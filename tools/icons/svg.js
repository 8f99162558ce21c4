'use strict';
/**
 * Writes a design (see design.js) as an SVG with the same geometry, for viewing and
 * editing in any SVG tool. `op: 'clear'` shapes become masks over what came before them.
 */

const fmt = (n) => String(Math.round(n * 1000) / 1000);

function element(s, fill) {
  switch (s.type) {
    case 'rect': {
      const rx = s.rx ? ` rx="${fmt(Math.min(s.rx, s.w / 2, s.h / 2))}"` : '';
      return `<rect x="${fmt(s.x)}" y="${fmt(s.y)}" width="${fmt(s.w)}" height="${fmt(s.h)}"${rx} fill="${fill}"/>`;
    }
    case 'circle':
      return `<circle cx="${fmt(s.cx)}" cy="${fmt(s.cy)}" r="${fmt(s.r)}" fill="${fill}"/>`;
    case 'stroke': {
      const pts = s.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="${fill}" stroke-width="${fmt(s.width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
    default:
      throw new Error(`Unknown shape type ${s.type}`);
  }
}

function toSvg(size, shapes, title) {
  const defs = [];
  let body = [];
  let maskN = 0;
  for (const s of shapes) {
    if (s.op === 'clear') {
      const id = `cut${++maskN}`;
      defs.push(
        `<mask id="${id}" maskUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}">` +
          `<rect width="${size}" height="${size}" fill="#fff"/>${element(s, '#000')}</mask>`,
      );
      body = [`<g mask="url(#${id})">`, ...body.map((l) => `  ${l}`), '</g>'];
    } else {
      body.push(element(s, s.fill));
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `  <title>${title}</title>`,
    defs.length ? `  <defs>\n    ${defs.join('\n    ')}\n  </defs>` : null,
    ...body.map((l) => `  ${l}`),
    '</svg>',
    '',
  ]
    .filter((l) => l !== null)
    .join('\n');
}

module.exports = { toSvg };
