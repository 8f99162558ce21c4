/** Chart.series: a chart's series, recorded with the ranges their values and categories come from. */
import { Rect, formatAddress } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { SheetModel } from '../model/sheet';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { rangeArg } from './rangeRef';
import type { ChartRef } from './charts';

export interface SeriesModel {
  name: string;
  values: { sheet: SheetModel; rect: Rect } | null;
  xValues: { sheet: SheetModel; rect: Rect } | null;
}

interface SeriesRef {
  chart: ChartRef;
  series: SeriesModel;
}

export function seriesOf(ref: ChartRef): SeriesModel[] {
  const chart = ref.chart as ChartRef['chart'] & { series?: SeriesModel[] };
  if (!chart.series) {
    chart.series = [
      { name: '', values: { sheet: chart.sourceSheet, rect: chart.sourceRect }, xValues: null },
    ];
  }
  return chart.series;
}

export function seriesSnapshot(
  ref: ChartRef,
): { name: string; values: string | null; xValues: string | null }[] {
  return seriesOf(ref).map((s) => ({
    name: s.name,
    values: s.values ? formatAddress(s.values.sheet.name, s.values.rect, true) : null,
    xValues: s.xValues ? formatAddress(s.xValues.sheet.name, s.xValues.rect, true) : null,
  }));
}

export class ChartSeriesProxy extends FakeClientObject<SeriesRef> {
  get _typeName(): string {
    return 'ChartSeries';
  }

  setValues(source: unknown): void {
    const src = rangeArg(this._ctx, source, () => this._bind().chart.sheet);
    this._call('setValues', [source], (b) => {
      b.series.values = { sheet: src().sheet, rect: src().rect };
    });
  }

  setXAxisValues(source: unknown): void {
    const src = rangeArg(this._ctx, source, () => this._bind().chart.sheet);
    this._call('setXAxisValues', [source], (b) => {
      b.series.xValues = { sheet: src().sheet, rect: src().rect };
    });
  }
}
installProps<SeriesRef>(ChartSeriesProxy, {
  name: { read: (b) => b.series.name, write: (b, v) => void (b.series.name = String(v)) },
});

export class ChartSeriesCollectionProxy extends FakeClientObject<ChartRef> {
  get _typeName(): string {
    return 'ChartSeriesCollection';
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const chart = this._bind();
      const series = seriesOf(chart)[index];
      if (!series) throw excelError(ErrorCodes.itemNotFound, `no series at ${index}`);
      return { chart, series };
    });
  }

  add(name?: string): ChartSeriesProxy {
    const holder: { ref?: SeriesRef } = {};
    this._call('add', [name], (chart) => {
      const series: SeriesModel = { name: name ?? '', values: null, xValues: null };
      seriesOf(chart).push(series);
      holder.ref = { chart, series };
    });
    return new ChartSeriesProxy(
      this._ctx,
      `${this._path}.add(${JSON.stringify(name)})`,
      () => holder.ref ?? null,
    );
  }
}
installProps<ChartRef>(ChartSeriesCollectionProxy, { count: { read: (b) => seriesOf(b).length } });
