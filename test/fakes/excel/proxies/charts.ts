/** ChartCollection and Chart: recorded objects (type, source, title, position), not drawn. */
import { Rect, formatAddress } from '../address';
import { ErrorCodes, FakeOfficeError, excelError } from '../errors';
import { ChartModel, STANDARD_HEIGHT, STANDARD_WIDTH, SheetModel } from '../model/sheet';
import { FakeClientObject, PropSpec, installProps } from '../runtime/clientObject';
import { FakeCollection } from './collection';
import { rangeArg } from './rangeRef';
import { ChartSeriesCollectionProxy } from './chartSeries';

export const CHART_TYPES = [
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineStacked',
  'LineMarkers',
  'Pie',
  'Doughnut',
  'Area',
  'AreaStacked',
  'XYScatter',
  'Radar',
];

export interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

function offset(sizes: Map<number, number>, standard: number, index: number): number {
  let total = index * standard;
  for (const [i, size] of sizes) if (i < index) total += size - standard;
  return total;
}

function place(
  sheet: SheetModel,
  start: Rect,
  end: Rect | null,
): Pick<ChartModel, 'top' | 'left' | 'width' | 'height'> | null {
  const left = offset(sheet.columnWidths, STANDARD_WIDTH, start.c0);
  const top = offset(sheet.rowHeights, STANDARD_HEIGHT, start.r0);
  if (!end) return null;
  const right = offset(sheet.columnWidths, STANDARD_WIDTH, end.c1 + 1);
  const bottom = offset(sheet.rowHeights, STANDARD_HEIGHT, end.r1 + 1);
  return { top, left, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function chartProp(key: 'top' | 'left' | 'width' | 'height' | 'name' | 'type'): PropSpec<ChartRef> {
  return {
    read: (b) => b.chart[key],
    write: (b, v) => {
      if (key === 'type' && !CHART_TYPES.includes(String(v)))
        throw excelError(ErrorCodes.invalidArgument, `unknown chart type ${String(v)}`);
      (b.chart as unknown as Record<string, unknown>)[key] = v;
    },
  };
}

export class ChartTitleProxy extends FakeClientObject<ChartRef> {
  get _typeName(): string {
    return 'ChartTitle';
  }
}
installProps<ChartRef>(ChartTitleProxy, {
  text: { read: (b) => b.chart.title.text, write: (b, v) => void (b.chart.title.text = String(v)) },
  visible: {
    read: (b) => b.chart.title.visible,
    write: (b, v) => void (b.chart.title.visible = Boolean(v)),
  },
});

export class ChartLegendProxy extends FakeClientObject<ChartRef> {
  get _typeName(): string {
    return 'ChartLegend';
  }
}
installProps<ChartRef>(ChartLegendProxy, {
  visible: {
    read: (b) => b.chart.legend.visible,
    write: (b, v) => void (b.chart.legend.visible = Boolean(v)),
  },
  position: {
    read: (b) => b.chart.legend.position,
    write: (b, v) => void (b.chart.legend.position = String(v)),
  },
});

export class ChartProxy extends FakeClientObject<ChartRef> {
  get _typeName(): string {
    return 'Chart';
  }

  override _alive(b: ChartRef): boolean {
    return b.sheet.charts.includes(b.chart) && !b.sheet.deleted;
  }

  get title(): ChartTitleProxy {
    return this._child(
      'title',
      () => new ChartTitleProxy(this._ctx, `${this._path}.title`, () => this._bind()),
    );
  }

  get legend(): ChartLegendProxy {
    return this._child(
      'legend',
      () => new ChartLegendProxy(this._ctx, `${this._path}.legend`, () => this._bind()),
    );
  }

  get series(): ChartSeriesCollectionProxy {
    return this._child(
      'series',
      () => new ChartSeriesCollectionProxy(this._ctx, `${this._path}.series`, () => this._bind()),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'series') return this.series;
    return name === 'title' ? this.title : name === 'legend' ? this.legend : undefined;
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    const start = rangeArg(this._ctx, startCell, () => this._bind().sheet);
    const end =
      endCell === undefined ? null : rangeArg(this._ctx, endCell, () => this._bind().sheet);
    this._call('setPosition', [startCell, endCell], (b) => {
      const p = place(b.sheet, start().rect, end ? end().rect : null);
      if (p) Object.assign(b.chart, p);
      else {
        b.chart.top = offset(b.sheet.rowHeights, STANDARD_HEIGHT, start().rect.r0);
        b.chart.left = offset(b.sheet.columnWidths, STANDARD_WIDTH, start().rect.c0);
      }
    });
  }

  setData(sourceData: unknown, seriesBy = 'Auto'): void {
    const src = rangeArg(this._ctx, sourceData, () => this._bind().sheet);
    this._call('setData', [sourceData, seriesBy], (b) => {
      const r = src();
      b.chart.sourceSheet = r.sheet;
      b.chart.sourceRect = r.rect;
      b.chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this._call('delete', [], (b) => {
      b.sheet.charts = b.sheet.charts.filter((c) => c !== b.chart);
    });
  }
}

installProps<ChartRef>(ChartProxy, {
  id: { read: (b) => b.chart.id },
  name: chartProp('name'),
  chartType: chartProp('type'),
  top: chartProp('top'),
  left: chartProp('left'),
  width: chartProp('width'),
  height: chartProp('height'),
});

export class ChartCollectionProxy extends FakeCollection<ChartProxy, ChartRef, SheetModel> {
  get _typeName(): string {
    return 'ChartCollection';
  }

  _list(sheet: SheetModel): ChartRef[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  _wrap(m: ChartRef, i: number): ChartProxy {
    return new ChartProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  add(type: string, sourceData: unknown, seriesBy = 'Auto'): ChartProxy {
    const src = rangeArg(this._ctx, sourceData, () => this._bind());
    const holder: { ref?: ChartRef } = {};
    this._call('add', [type, sourceData, seriesBy], (sheet) => {
      const host = this._ctx._host;
      if (!host.features.charts) {
        throw new FakeOfficeError(
          ErrorCodes.apiNotFound,
          'Charts are not available on this host.',
          'ChartCollection.add',
        );
      }
      if (!CHART_TYPES.includes(type))
        throw excelError(ErrorCodes.invalidArgument, `unknown chart type ${type}`);
      const r = src();
      const taken = new Set(sheet.charts.map((c) => c.name));
      let name: string;
      do name = `${host.wb.locale.chart} ${host.wb.nextNumber('chart')}`;
      while (taken.has(name));
      const chart: ChartModel = {
        id: `{CH${host.wb.nextNumber('chartId')}}`,
        name,
        type,
        sourceSheet: r.sheet,
        sourceRect: r.rect,
        seriesBy,
        title: { text: '', visible: false },
        legend: { visible: true, position: 'Right' },
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      holder.ref = { sheet, chart };
    });
    return new ChartProxy(
      this._ctx,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => holder.ref ?? null,
    );
  }

  _byName(call: string, name: string, nullable: boolean): ChartProxy {
    const p = new ChartProxy(this._ctx, `${this._path}.${call}`, () => {
      const hit = this._list(this._bind()).find((c) => c.chart.name === name);
      if (!hit && !nullable) throw excelError(ErrorCodes.itemNotFound, `no chart named "${name}"`);
      return hit ?? null;
    });
    return nullable ? p._markNullable('ChartCollection.getItemOrNullObject') : p;
  }

  getItem(name: string): ChartProxy {
    return this._byName(`getItem(${JSON.stringify(name)})`, name, false);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this._byName(`getItemOrNullObject(${JSON.stringify(name)})`, name, true);
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const hit = this._list(this._bind())[index];
      if (!hit) throw excelError(ErrorCodes.itemNotFound, `no chart at ${index}`);
      return hit;
    });
  }
}
installProps<SheetModel>(ChartCollectionProxy, { count: { read: (s) => s.charts.length } });

export function chartSourceAddress(c: ChartModel): string {
  return formatAddress(c.sourceSheet.name, c.sourceRect, true);
}
