'use strict';
/**
 * The "Organisering" icon: a competency matrix (people x areas) with a header row,
 * a people column and a few filled cells, plus a round check-mark badge in the corner
 * ("covered"). Each size is laid out on its own pixel grid so that every line and cell
 * edge falls on whole pixels: 16 px is hinted by hand, not a downscale.
 *
 * A design is a list of shapes for tools/icons/raster.js and tools/icons/svg.js.
 */

const C = {
  frame: '#0B6E67', // dark teal: outline and header row
  people: '#CDEBE7', // pale teal: the people column
  body: '#FFFFFF', // cell fill, so the glyph also reads on dark ribbons
  grid: '#7CC3BC', // inner grid lines
  lead: '#2E9E94', // a filled cell: "Ansvarlig" (lead)
  cover: '#8FD1C9', // a filled cell: "Dækker" (covers)
  badge: '#107C41', // Excel green
  check: '#FFFFFF',
};

/**
 * The matrix: outer box [x0, x1) x [y0, y1) with 1-px (or `line`-px) lines at the
 * given column and row boundaries. `cols`/`rows` list the inner line positions.
 */
function matrix({ x0, y0, x1, y1, line, header, cols, rows, filled, rx }) {
  const shapes = [];
  // Frame, as a filled rect; the body is drawn inside it.
  shapes.push({ type: 'rect', x: x0, y: y0, w: x1 - x0, h: y1 - y0, rx, fill: C.frame });
  // Body (below the header row, inside the frame).
  const bx0 = x0 + line;
  const by0 = y0 + header;
  const bx1 = x1 - line;
  const by1 = y1 - line;
  shapes.push({ type: 'rect', x: bx0, y: by0, w: bx1 - bx0, h: by1 - by0, fill: C.body });
  // People column: from the frame to the first column line.
  shapes.push({ type: 'rect', x: bx0, y: by0, w: cols[0] - bx0, h: by1 - by0, fill: C.people });
  // Filled cells, each [col, row, colour] in cell indices of the body grid.
  const xs = [bx0, ...cols.map((c) => c + line), bx1];
  const xe = [...cols, bx1];
  const ys = [by0, ...rows.map((r) => r + line), by1];
  const ye = [...rows, by1];
  for (const [c, r, fill] of filled) {
    shapes.push({ type: 'rect', x: xs[c], y: ys[r], w: xe[c] - xs[c], h: ye[r] - ys[r], fill });
  }
  // Inner lines.
  for (const c of cols) {
    shapes.push({ type: 'rect', x: c, y: by0, w: line, h: by1 - by0, fill: C.grid });
  }
  for (const r of rows) {
    shapes.push({ type: 'rect', x: bx0, y: r, w: bx1 - bx0, h: line, fill: C.grid });
  }
  return shapes;
}

/** The badge: a knock-out ring, a green disc and a white check. */
function badge({ cx, cy, r, gap, check, width }) {
  return [
    { type: 'circle', cx, cy, r: r + gap, op: 'clear' },
    { type: 'circle', cx, cy, r, fill: C.badge },
    check && { type: 'stroke', points: check, width, fill: C.check },
  ].filter(Boolean);
}

/**
 * Pixel art: one string per row, one character per pixel; '.' is transparent.
 * Runs of one colour become rects, so the SVG stays small.
 */
function pixels(x0, y0, palette, rows) {
  const shapes = [];
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      const ch = row[x];
      let end = x + 1;
      while (end < row.length && row[end] === ch) end++;
      if (ch !== '.') {
        const fill = palette[ch];
        if (!fill) throw new Error(`No colour for '${ch}'`);
        shapes.push({ type: 'rect', x: x0 + x, y: y0 + y, w: end - x, h: 1, fill });
      }
      x = end;
    }
  });
  return shapes;
}

/** Per-size layouts. Numbers are pixels. */
const LAYOUTS = {
  16: () =>
    pixels(
      0,
      0,
      {
        F: C.frame,
        P: C.people,
        B: C.body,
        L: C.grid,
        G: C.badge,
        W: C.check,
      },
      [
        '................',
        '.FFFFFFFFFFFFFF.',
        '.FFFFFFFFFFFFFF.',
        '.FFFFFFFFFFFFFF.',
        '.FPPPLBBBLBBBBF.',
        '.FPPPLBBBLBBBBF.',
        '.FPPPLBBBLBBBBF.',
        '.FPPPLBBBL....F.',
        '.FLLLLLLL.GGGG..',
        '.FPPPLBB.GGGGGG.',
        '.FPPPLB.GGGGGGWG',
        '.FPPPLB.GGGGGWGG',
        '.FPPPLB.GGWGWGGG',
        '.FPPPLB.GGGWGGGG',
        '.FFFFFFF.GGGGGG.',
        '..........GGGG..',
      ],
    ),
  32: () => [
    ...matrix({
      x0: 2,
      y0: 3,
      x1: 30,
      y1: 28,
      line: 1,
      header: 7,
      rx: 1.5,
      cols: [9, 16, 23],
      rows: [15, 21],
      filled: [
        [1, 0, C.lead],
        [2, 1, C.cover],
      ],
    }),
    // The disc is anti-aliased; the check is pixel art, so it stays sharp.
    ...badge({ cx: 23.5, cy: 23.5, r: 7.5, gap: 1.5, check: null }),
    ...pixels(19, 21, { W: C.check }, [
      '........WW',
      '.......WW.',
      'WW....WW..',
      '.WW..WW...',
      '..WWWW....',
      '...WW.....',
    ]),
  ],
};

/** 64, 80 and 128 share one layout on a 32-unit grid, scaled and snapped to whole pixels. */
function large(size) {
  const k = size / 32;
  const q = (v) => Math.round(v * k);
  const line = Math.max(2, Math.round(k));
  return [
    ...matrix({
      x0: q(2),
      y0: q(3),
      x1: q(30),
      y1: q(28),
      line,
      header: q(7),
      rx: 2 * k,
      cols: [q(9), q(16), q(23)],
      rows: [q(15), q(21)],
      filled: [
        [1, 0, C.lead],
        [2, 1, C.cover],
        [3, 0, C.cover],
      ],
    }),
    ...badge({
      cx: 23.5 * k,
      cy: 23.5 * k,
      r: 7.5 * k,
      gap: 1.5 * k,
      width: 2.4 * k,
      check: [
        [19.6 * k, 23.7 * k],
        [22.3 * k, 26.3 * k],
        [27.4 * k, 21.0 * k],
      ],
    }),
  ];
}

function design(size) {
  const f = LAYOUTS[size];
  return f ? f() : large(size);
}

const SIZES = [16, 32, 64, 80, 128];

module.exports = { design, SIZES, COLORS: C };
