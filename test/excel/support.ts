import { createWorkbookGateway } from '../../src/excel/gateway';
import { REQUIRED_API } from '../../src/excel/session';
import { FakeExcelOptions } from '../fakes/excel';
import { NEWEST_EXCEL_API } from '../fakes/excel/requirements';
import { fakeExcel } from '../fakes/excel/testHelpers';

export const T0 = new Date(Date.UTC(2026, 10, 29, 9, 0));

/**
 * The gateway's suite runs at the manifest's minimum ExcelApi set and at the newest the fake
 * knows, so that a call the adapter makes without checking the host's set fails a test.
 */
export const API_LEVELS = [REQUIRED_API.version, NEWEST_EXCEL_API] as const;

let level: string = NEWEST_EXCEL_API;

/**
 * `describe` once per level in API_LEVELS, named with it; `setUp` inside gives a host at that
 * level (jest runs the blocks one after the other).
 */
export function describeAtApiLevels(name: string, body: () => void): void {
  describe.each(API_LEVELS)(`${name} (ExcelApi %s)`, (version) => {
    beforeAll(() => {
      level = version;
    });
    afterAll(() => {
      level = NEWEST_EXCEL_API;
    });
    body();
  });
}

/** Each case once per level in API_LEVELS, as `level`: for `describe.each` with `$level`. */
export function atApiLevels<T extends object>(cases: readonly T[]): (T & { level: string })[] {
  return API_LEVELS.flatMap((level) => cases.map((c) => ({ ...c, level })));
}

/** A gateway over a fresh in-memory Excel, with a fixed clock. */
export function setUp(options: FakeExcelOptions & { maxRequestBytes?: number } = {}) {
  const { host, excel } = fakeExcel({ requirementSets: { ExcelApi: level }, ...options });
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
