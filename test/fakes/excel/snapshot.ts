/** A plain, JSON-able description of the whole workbook, for assertions and golden files. */
import { columnLetters, formatRect } from './address';
import { CellValue } from './cellInput';
import { cellValue } from './model/cells';
import { SheetModel } from './model/sheet';
import { ruleType } from './model/regions';
import { WorkbookModel } from './model/workbook';
import { chartSourceAddress } from './proxies/charts';
import { seriesSnapshot } from './proxies/chartSeries';
import { keyCol, keyRow } from './rects';

export interface CellSnapshot {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  cells: Record<string, CellSnapshot>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  frozen: { rows: number; columns: number };
  hiddenColumns: string[];
  columnGroups: { first: number; last: number; collapsed: boolean }[];
  pageLayout: SheetModel['pageLayout'];
  dataValidations: {
    address: string;
    type: string;
    rule: unknown;
    prompt: unknown;
    errorAlert: unknown;
  }[];
  conditionalFormats: {
    address: string;
    type: string;
    formula: string | null;
    fill: string | null;
    fontColor: string | null;
  }[];
  hyperlinks: {
    address: string;
    target: string | null;
    textToDisplay: string | null;
    screenTip: string | null;
  }[];
  merges: string[];
  /** Formats written to whole columns or rows, which are kept apart from the cells. */
  rangeFormats: { address: string; property: string; value: unknown }[];
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  /** "Sheet!A1:B2", the workbook's selection. */
  selection: string | null;
  sheets: SheetSnapshot[];
  tables: {
    name: string;
    sheet: string;
    address: string;
    headers: string[];
    style: string;
    showTotals: boolean;
  }[];
  names: { name: string; formula: string }[];
  charts: {
    name: string;
    sheet: string;
    type: string;
    sourceAddress: string;
    title: string | null;
    series: { name: string; values: string | null; xValues: string | null }[];
  }[];
}

function byPosition(a: number, b: number): number {
  return keyRow(a) - keyRow(b) || keyCol(a) - keyCol(b);
}

function sheetSnapshot(wb: WorkbookModel, s: SheetModel, position: number): SheetSnapshot {
  const keys = new Set<number>(s.cells.keys());
  for (const [k, props] of s.formats.cells) if (props.has('numberFormat')) keys.add(k);
  const cells: Record<string, CellSnapshot> = {};
  for (const k of [...keys].sort(byPosition)) {
    const [r, c] = [keyRow(k), keyCol(k)];
    const cell = s.cell(r, c);
    cells[`${columnLetters(c)}${r + 1}`] = {
      value: cellValue(wb, s, r, c),
      formula: cell?.formula ?? null,
      numberFormat: String(s.formats.get(r, c, 'numberFormat')),
    };
  }
  const sizes = (m: Map<number, number>, name: (i: number) => string): Record<string, number> =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([i, v]) => [name(i), v]));
  return {
    name: s.name,
    position,
    visibility: s.visibility,
    cells,
    columnWidths: sizes(s.columnWidths, columnLetters),
    rowHeights: sizes(s.rowHeights, (i) => String(i + 1)),
    frozen: { ...s.frozen },
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
    columnGroups: s.columnGroups.map((g) => ({ ...g })),
    pageLayout: { ...s.pageLayout, zoom: { ...s.pageLayout.zoom } },
    dataValidations: s.validations.map((v) => ({
      address: formatRect(v.rect),
      type: ruleType(v.rule),
      rule: v.rule,
      prompt: v.prompt,
      errorAlert: v.errorAlert,
    })),
    conditionalFormats: s.condFormats.map((cf) => ({
      address: cf.rects.map((r) => formatRect(r)).join(','),
      type: cf.type,
      formula: (cf.rule.formula ?? cf.rule.formula1 ?? cf.rule.text ?? null) as string | null,
      fill: cf.format.fillColor ?? null,
      fontColor: cf.format.fontColor ?? null,
    })),
    hyperlinks: [...s.hyperlinks.entries()]
      .sort((a, b) => byPosition(a[0], b[0]))
      .map(([k, l]) => ({
        address: `${columnLetters(keyCol(k))}${keyRow(k) + 1}`,
        target: l.address ?? l.documentReference ?? null,
        textToDisplay: l.textToDisplay ?? null,
        screenTip: l.screenTip ?? null,
      })),
    merges: s.merges.map((m) => formatRect(m)),
    rangeFormats: s.formats.layers.map((l) => ({
      address: formatRect(l.rect),
      property: l.prop,
      value: l.value ?? null,
    })),
  };
}

export function snapshotWorkbook(wb: WorkbookModel): WorkbookSnapshot {
  return JSON.parse(
    JSON.stringify({
      activeSheet: wb.activeSheet?.name ?? null,
      selection: wb.selection
        ? `${wb.selection.sheet.name}!${formatRect(wb.selection.rect)}`
        : null,
      sheets: wb.sheets.map((s, i) => sheetSnapshot(wb, s, i)),
      tables: wb.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: formatRect(t.rect),
        headers: t.columns.map((c) => c.name),
        style: t.style,
        showTotals: t.showTotals,
      })),
      names: wb.names.map((n) => ({ name: n.name, formula: n.formula })),
      charts: wb.sheets.flatMap((s) =>
        s.charts.map((c) => ({
          name: c.name,
          sheet: s.name,
          type: c.type,
          sourceAddress: chartSourceAddress(c),
          title: c.title.text === '' ? null : c.title.text,
          series: seriesSnapshot({ sheet: s, chart: c }),
        })),
      ),
    }),
  ) as WorkbookSnapshot;
}
