/**
 * Cell formatting (number format, font, fill, alignment). Small writes are stored per cell;
 * writes to huge ranges (whole columns) are stored as layers, so C:C costs one entry. The
 * latest write wins, whichever kind it was.
 */
import { Rect, cellCount } from '../address';
import { cellKey, contains, containsCell, keyCol, keyRow, keysInRect, overlaps } from '../rects';

export type FormatProp =
  | 'numberFormat'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'fontColor'
  | 'fontSize'
  | 'fontName'
  | 'fillColor'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrapText';

export type FormatValue = string | number | boolean;

export const FORMAT_DEFAULTS: Record<FormatProp, FormatValue> = {
  numberFormat: 'General',
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fillColor: '#FFFFFF',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};

interface Stamped {
  value: FormatValue | undefined; // undefined = reset to default
  seq: number;
}

interface Layer extends Stamped {
  rect: Rect;
  prop: FormatProp;
}

const PER_CELL_LIMIT = 20000;
let globalSeq = 0;

export class FormatStore {
  readonly cells = new Map<number, Map<FormatProp, Stamped>>();
  readonly layers: Layer[] = [];

  set(r: Rect, prop: FormatProp, value: FormatValue | undefined): void {
    if (cellCount(r) > PER_CELL_LIMIT) {
      this.layers.push({ rect: r, prop, value, seq: ++globalSeq });
      return;
    }
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) this.setCell(row, col, prop, value);
    }
  }

  setCell(row: number, col: number, prop: FormatProp, value: FormatValue | undefined): void {
    const key = cellKey(row, col);
    let entry = this.cells.get(key);
    if (!entry) {
      entry = new Map();
      this.cells.set(key, entry);
    }
    entry.set(prop, { value, seq: ++globalSeq });
  }

  get(row: number, col: number, prop: FormatProp): FormatValue {
    let best = this.cells.get(cellKey(row, col))?.get(prop);
    for (const layer of this.layers) {
      if (layer.prop !== prop || (best && layer.seq < best.seq)) continue;
      if (containsCell(layer.rect, row, col)) best = layer;
    }
    return best?.value ?? FORMAT_DEFAULTS[prop];
  }

  /** The one value of `prop` over `r`, or null when cells differ (as Excel reports). */
  uniform(r: Rect, prop: FormatProp): FormatValue | null {
    const seen = new Set<FormatValue>();
    if (cellCount(r) <= PER_CELL_LIMIT) {
      for (let row = r.r0; row <= r.r1; row++) {
        for (let col = r.c0; col <= r.c1; col++) {
          seen.add(this.get(row, col, prop));
          if (seen.size > 1) return null;
        }
      }
      return [...seen][0];
    }
    // Large ranges: start from the latest layer that covers all of `r`, then add what came later.
    const mine = this.layers.filter((l) => l.prop === prop && overlaps(l.rect, r));
    const base = mine.filter((l) => contains(l.rect, r)).sort((a, b) => b.seq - a.seq)[0];
    const since = base?.seq ?? 0;
    seen.add(base?.value ?? FORMAT_DEFAULTS[prop]);
    for (const l of mine) if (l.seq > since) seen.add(l.value ?? FORMAT_DEFAULTS[prop]);
    for (const k of keysInRect(this.cells, r)) {
      const st = this.cells.get(k)?.get(prop);
      if (st && st.seq > since) seen.add(this.get(keyRow(k), keyCol(k), prop));
    }
    return seen.size === 1 ? [...seen][0] : null;
  }

  /** Resets every property over `r` to its default. */
  clear(r: Rect): void {
    for (const k of keysInRect(this.cells, r)) this.cells.delete(k);
    const props = new Set(this.layers.filter((l) => overlaps(l.rect, r)).map((l) => l.prop));
    for (const p of props)
      this.layers.push({ rect: r, prop: p, value: undefined, seq: ++globalSeq });
  }

  /** Copies one cell's explicit formats to another, keeping what the target already has. */
  copyCell(fromRow: number, fromCol: number, toRow: number, toCol: number): void {
    const entry = this.cells.get(cellKey(fromRow, fromCol));
    if (!entry) return;
    const target = this.cells.get(cellKey(toRow, toCol));
    for (const [prop, st] of entry)
      if (!target?.has(prop)) this.setCell(toRow, toCol, prop, st.value);
  }
}
