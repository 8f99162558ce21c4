/**
 * Stands in for office.js in the browser tests: the page's request for Microsoft's CDN script
 * is answered with this file, bundled. It creates the in-memory Excel fake with the options
 * the test put on `window.__fakeHostOptions` (and fails its syncs from the start if asked),
 * installs `Excel`, `Office` and `OfficeExtension` as office.js would, and leaves controls on
 * `window.__fake`.
 */
import { formatRect } from '../../fakes/excel/address';
import { CellValue } from '../../fakes/excel/cellInput';
import { FakeExcelHost, FakeExcelOptions, createFakeExcel } from '../../fakes/excel';
import { FailSyncOptions } from '../../fakes/excel/runtime/syncControl';

export interface TableValues {
  sheet: string;
  headers: string[];
  rows: CellValue[][];
  /** Zero-based sheet position of the header row's first cell. */
  origin: { row: number; col: number };
}

export interface FakeControls {
  host: FakeExcelHost;
  /** A table's headers and body values, read straight from the fake's model. */
  table(name: string): TableValues;
  /** The current selection as "Sheet!A1:B2". */
  selection(): string | null;
}

/** What a test may ask of the host beyond the fake's own options. */
export interface BrowserHostOptions extends FakeExcelOptions {
  /**
   * Every sync fails this way from the start, before the pane's first read, until the test
   * calls `__fake.host.clearSyncFailures()`: Excel busy while the pane opens.
   */
  failSyncsAtOpen?: FailSyncOptions;
}

declare global {
  interface Window {
    __fakeHostOptions?: BrowserHostOptions;
    __fake?: FakeControls;
  }
}

const { failSyncsAtOpen, ...fakeOptions } = window.__fakeHostOptions ?? {};
const host = createFakeExcel(fakeOptions);
if (failSyncsAtOpen) host.failSync(() => true, failSyncsAtOpen);
host.install(window);

window.__fake = {
  host,
  table(name) {
    const table = host.model.findTable(name);
    if (!table) throw new Error(`no table ${name}`);
    const values = host.sheet(table.sheet.name).values(formatRect(table.rect));
    return {
      sheet: table.sheet.name,
      headers: values[0].map(String),
      rows: values.slice(1),
      origin: { row: table.rect.r0, col: table.rect.c0 },
    };
  },
  selection() {
    const selection = host.model.selection;
    return selection ? `${selection.sheet.name}!${formatRect(selection.rect)}` : null;
  },
};
