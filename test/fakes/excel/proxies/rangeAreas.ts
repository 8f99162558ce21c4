/** RangeAreas, as returned by Range.getMergedAreasOrNullObject. */
import { Rect } from '../address';
import { SheetModel } from '../model/sheet';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { readAddress } from './rangeRead';

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

export class RangeAreasProxy extends FakeClientObject<AreasRef> {
  get _typeName(): string {
    return 'RangeAreas';
  }
}

installProps<AreasRef>(RangeAreasProxy, {
  address: {
    read: (b) => b.rects.map((r) => readAddress({ sheet: b.sheet, rect: r })).join(','),
  },
  areaCount: { read: (b) => b.rects.length },
  cellCount: {
    read: (b) => b.rects.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0),
  },
});
