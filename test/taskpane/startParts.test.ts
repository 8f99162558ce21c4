import { newWorkbookPlan } from '../../src/core/engine';
import { TABLE, TableKey } from '../../src/core/tables';
import { WorkbookParts } from '../../src/excel/api';
import { SHEET_TABLES, sheetParts, startState } from '../../src/taskpane/model/startParts';

/** Kom i gang in the user's words: the sheets Excel shows, and one word for the workbook. */

const ALL = Object.keys(TABLE) as TableKey[];

function tables(present: readonly TableKey[]): Record<TableKey, boolean> {
  return Object.fromEntries(ALL.map((key) => [key, present.includes(key)])) as Record<
    TableKey,
    boolean
  >;
}

function parts(present: readonly TableKey[]): WorkbookParts {
  const set = tables(present);
  return {
    tables: set,
    complete: present.length === ALL.length,
    lang: present.length > 0 ? 'da' : null,
    matrixGone: !set.matrix && present.length > 0,
  };
}

describe('the sheets of the workbook', () => {
  it('are the sheets the core plans, each with the tables it holds there', () => {
    const { plan } = newWorkbookPlan('da', [], new Date(2026, 0, 1));
    const planned = Object.fromEntries(
      plan.sheets.map((sheet) => [sheet.key, sheet.tables.map((table) => table.key)]),
    );
    expect(planned).toEqual(SHEET_TABLES);
  });

  it('name every table of the contract once', () => {
    expect(Object.values(SHEET_TABLES).flat().sort()).toEqual([...ALL].sort());
  });

  it('are all missing in an empty workbook and all present in a complete one', () => {
    expect(sheetParts(tables([])).map((p) => p.state)).toEqual(Array(5).fill('missing'));
    expect(sheetParts(tables(ALL)).map((p) => p.state)).toEqual(Array(5).fill('present'));
  });

  it('call a sheet partial when some of its tables are there and some are not', () => {
    const states = Object.fromEntries(
      sheetParts(tables(ALL.filter((key) => key !== 'history'))).map((p) => [p.sheet, p.state]),
    );
    expect(states).toEqual({
      areas: 'present',
      lists: 'present',
      matrix: 'present',
      status: 'partial',
      participants: 'present',
    });
  });
});

describe('where the workbook stands', () => {
  it('is unread when the pane could not read it, never fresh', () => {
    expect(startState(null)).toBe('unread');
  });

  it('is fresh without any of our tables', () => {
    expect(startState(parts([]))).toBe('fresh');
  });

  it('is complete with every table', () => {
    expect(startState(parts(ALL))).toBe('complete');
  });

  it('is incomplete with some tables, and matrixGone when the matrix is the one missing', () => {
    expect(startState(parts(ALL.filter((key) => key !== 'legend')))).toBe('incomplete');
    expect(startState(parts(ALL.filter((key) => key !== 'matrix')))).toBe('matrixGone');
  });
});
