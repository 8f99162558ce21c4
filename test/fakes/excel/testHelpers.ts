/** Helpers for tests that drive the fake through the real Office.js types. */
import { createFakeExcel, FakeExcelHost, FakeExcelOptions } from './index';

/** The type of the global `Excel` namespace from @types/office-js. */
export type OfficeExcel = typeof Excel;

export function fakeExcel(options?: FakeExcelOptions): { host: FakeExcelHost; excel: OfficeExcel } {
  const host = createFakeExcel(options);
  return { host, excel: host.Excel as unknown as OfficeExcel };
}

/** The error code a promise rejects with, or 'resolved'. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** The error code a function throws synchronously, or 'returned'. */
export function thrownCode(fn: () => unknown): string {
  try {
    fn();
    return 'returned';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
