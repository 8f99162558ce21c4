import { createWorkbookGateway } from '../../src/excel/gateway';
import { FakeExcelOptions } from '../fakes/excel';
import { fakeExcel } from '../fakes/excel/testHelpers';

export const T0 = new Date(Date.UTC(2026, 10, 29, 9, 0));

/** A gateway over a fresh in-memory Excel, with a fixed clock. */
export function setUp(options: FakeExcelOptions & { maxRequestBytes?: number } = {}) {
  const { host, excel } = fakeExcel({ requirementSets: { ExcelApi: '1.13' }, ...options });
  const gateway = createWorkbookGateway(excel, host.Office as never, {
    now: () => T0,
    maxRequestBytes: options.maxRequestBytes,
  });
  return { host, excel, gateway };
}

/** Unwraps an Outcome, failing the test with the message key when it is an error. */
export function ok<T>(outcome: { ok: true; value: T } | { ok: false; error: { key: string } }): T {
  if (!outcome.ok)
    throw new Error(`Expected success, got ${outcome.error.key} ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}
