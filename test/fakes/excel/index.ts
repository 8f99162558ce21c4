/**
 * An in-memory, stateful fake of the Excel JavaScript API (Office.js) for jest and for the
 * browser page that stands in for office.js. No Node-only APIs are used. See README.md.
 *
 *   const host = createFakeExcel({ requirementSets: { ExcelApi: '1.13' } });
 *   host.seed('Matrix', 'A1:B2', [['Navn', 'PSRM'], ['Ane', 'A']]);
 *   await host.Excel.run(async (ctx) => { ...; await ctx.sync(); });
 *   host.syncCount; host.requests; host.snapshot();
 */
export { createFakeExcel, FakeExcelHost } from './host';
export type { FakeExcelNamespace, FakeExcelOptions } from './host';
export type { FailSyncOptions, SyncHook } from './runtime/syncControl';
export type { SheetInspector } from './inspect';
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot } from './snapshot';
export type { RequestRecord } from './runtime/hostCore';
export { PAYLOAD_LIMIT } from './runtime/hostCore';
export type { FakeOffice } from './office';
export type { EventArgs } from './events';
export type { CellValue } from './cellInput';
export { FakeOfficeError, ErrorCodes, ClientErrorCodes } from './errors';
export { FakeRequestContext } from './runtime/context';
export { ExcelEnums } from './enums';
export { MEMBER_REQUIREMENTS } from './requirements';
