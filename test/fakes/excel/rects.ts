/** Rectangle arithmetic over cell ranges. */
import { MAX_COLS, Rect } from './address';

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  if (!overlaps(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** `a` minus `b`, as up to four disjoint rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push({ r0: a.r0, c0: a.c0, r1: i.r0 - 1, c1: a.c1 });
  if (i.r1 < a.r1) out.push({ r0: i.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, c0: a.c0, r1: i.r1, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, c0: i.c1 + 1, r1: i.r1, c1: a.c1 });
  return out;
}

/** `a` minus every rectangle in `bs`. */
export function subtractAll(a: Rect, bs: Rect[]): Rect[] {
  let parts = [a];
  for (const b of bs) parts = parts.flatMap((p) => subtract(p, b));
  return parts;
}

export function boundingBox(rs: Rect[]): Rect | null {
  if (rs.length === 0) return null;
  return rs.reduce((acc, r) => ({
    r0: Math.min(acc.r0, r.r0),
    c0: Math.min(acc.c0, r.c0),
    r1: Math.max(acc.r1, r.r1),
    c1: Math.max(acc.c1, r.c1),
  }));
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

/** Visits the keys of `map` that fall inside `r`, choosing the cheaper walk. */
export function keysInRect<V>(map: Map<number, V>, r: Rect): number[] {
  const out: number[] = [];
  const area = (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
  if (area <= map.size) {
    for (let row = r.r0; row <= r.r1; row++) {
      for (let col = r.c0; col <= r.c1; col++) {
        const k = cellKey(row, col);
        if (map.has(k)) out.push(k);
      }
    }
  } else {
    for (const k of map.keys()) if (containsCell(r, keyRow(k), keyCol(k))) out.push(k);
  }
  return out;
}
