import fc from 'fast-check';
import { CellValue } from '../../src/core/cells';
import { WorkbookState, cellKey, emptyState, findTableState } from '../../src/core/edits';
import { analyseTables, planForWorkbook } from '../../src/core/engine';
import { t } from '../../src/core/i18n';
import { applyEdits, stateTables } from '../../src/core/memoryWorkbook';
import { reconcile } from '../../src/core/reconcile';
import { LAYOUT_MIGRATION } from '../../src/core/relocate';
import { TABLE, header } from '../../src/core/tables';
import { demoPeople } from '../../src/core/demo';
import { propertyRuns } from '../support/properties';

/** A user's hand on the in-memory workbook: what people do to the sheets between updates. */
type Action =
  | { kind: 'typeCode'; row: number; area: number; value: CellValue }
  | { kind: 'typeName'; row: number; value: string }
  | { kind: 'addPerson'; name: string; area: number; code: string }
  | { kind: 'addArea'; suffix: number }
  | { kind: 'removeArea'; index: number }
  | { kind: 'renameArea'; index: number; name: string }
  | { kind: 'sortMatrix'; seed: number }
  | { kind: 'tickChecklist'; row: number };

const T0 = new Date(Date.UTC(2026, 10, 29, 9, 0));

function sheetCells(state: WorkbookState, sheet: string) {
  return state.sheets.find((s) => s.name === sheet)!.cells;
}

function tableCell(state: WorkbookState, tableName: string, row: number, col: number) {
  const table = findTableState(state, tableName)!;
  return {
    cells: sheetCells(state, table.sheet),
    key: cellKey(table.row + 1 + row, table.col + col),
  };
}

function setTableCell(
  state: WorkbookState,
  tableName: string,
  row: number,
  col: number,
  value: CellValue,
) {
  const { cells, key } = tableCell(state, tableName, row, col);
  if (value === null || value === '') cells.delete(key);
  else cells.set(key, { value });
}

function matrixCol(state: WorkbookState, name: string): number {
  return findTableState(state, TABLE.matrix)!.headers.indexOf(name);
}

function areaIds(state: WorkbookState): string[] {
  return stateTables(state)[TABLE.areas].rows.map((row) => String(row[0]));
}

function act(state: WorkbookState, action: Action): void {
  const matrix = findTableState(state, TABLE.matrix)!;
  const areas = findTableState(state, TABLE.areas)!;
  const ids = areaIds(state).filter((id) => matrix.headers.includes(id));
  switch (action.kind) {
    case 'typeCode': {
      if (ids.length === 0) return;
      const col = matrixCol(state, ids[action.area % ids.length]);
      setTableCell(state, TABLE.matrix, action.row % matrix.rowCount, col, action.value);
      return;
    }
    case 'typeName':
      setTableCell(state, TABLE.matrix, action.row % matrix.rowCount, 0, action.value);
      return;
    case 'addPerson': {
      // Typing in the row under a table grows the table, as Excel does.
      matrix.rowCount += 1;
      setTableCell(state, TABLE.matrix, matrix.rowCount - 1, 0, action.name);
      if (ids.length)
        setTableCell(
          state,
          TABLE.matrix,
          matrix.rowCount - 1,
          matrixCol(state, ids[action.area % ids.length]),
          action.code,
        );
      return;
    }
    case 'addArea': {
      areas.rowCount += 1;
      const row = areas.rowCount - 1;
      ['NY_' + action.suffix, `Nyt område ${action.suffix}`, null, null, 2, 'Ja', 'Nej'].forEach(
        (value, c) => setTableCell(state, TABLE.areas, row, c, value),
      );
      return;
    }
    case 'removeArea': {
      if (areas.rowCount <= 1) return;
      const victim = action.index % areas.rowCount;
      for (let r = victim; r < areas.rowCount - 1; r += 1) {
        for (let c = 0; c < areas.headers.length; c += 1) {
          const { cells, key } = tableCell(state, TABLE.areas, r + 1, c);
          setTableCell(state, TABLE.areas, r, c, cells.get(key)?.value ?? null);
        }
      }
      for (let c = 0; c < areas.headers.length; c += 1)
        setTableCell(state, TABLE.areas, areas.rowCount - 1, c, null);
      areas.rowCount -= 1;
      return;
    }
    case 'renameArea':
      setTableCell(state, TABLE.areas, action.index % areas.rowCount, 1, action.name);
      return;
    case 'sortMatrix': {
      const cells = sheetCells(state, matrix.sheet);
      const rows = Array.from({ length: matrix.rowCount }, (_, r) =>
        matrix.headers.map(
          (_, c) => cells.get(cellKey(matrix.row + 1 + r, matrix.col + c)) ?? null,
        ),
      );
      const order = rows
        .map((_, i) => i)
        .sort((a, b) => ((a * 7919 + action.seed) % 101) - ((b * 7919 + action.seed) % 101));
      order.forEach((from, to) =>
        rows[from].forEach((cell, c) => {
          const key = cellKey(matrix.row + 1 + to, matrix.col + c);
          if (cell) cells.set(key, cell);
          else cells.delete(key);
        }),
      );
      return;
    }
    case 'tickChecklist':
      setTableCell(state, TABLE.checklist, action.row % 4, 1, 'Ja');
      return;
  }
}

/** Every typed cell of the tables people fill in, by table, row and header. */
function typedCells(state: WorkbookState): string[] {
  const out: string[] = [];
  const computed = new Set([header('matrix', 'party', 'da'), header('matrix', 'phaseNo', 'da')]);
  for (const name of [
    TABLE.areas,
    TABLE.levels,
    TABLE.phases,
    TABLE.roles,
    TABLE.matrix,
    TABLE.checklist,
  ]) {
    const table = stateTables(state)[name];
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (
          value !== null &&
          value !== '' &&
          !(name === TABLE.matrix && computed.has(table.headers[c]))
        ) {
          out.push(`${name}|${r}|${table.headers[c]}|${String(value)}`);
        }
      }),
    );
  }
  return out.sort();
}

/** "Opdater arkene": reconcile with the layout migration, as the pane runs it. */
function update(state: WorkbookState, refreshAt?: Date) {
  const { plan } = planForWorkbook(stateTables(state), { lang: 'da', refreshAt });
  const result = reconcile(plan, state, LAYOUT_MIGRATION);
  applyEdits(state, result.edits);
  return result;
}

function created(people = demoPeople('da')): WorkbookState {
  const state = emptyState();
  const { plan } = planForWorkbook({}, { lang: 'da', people, blankRows: 3, refreshAt: T0 });
  applyEdits(state, reconcile(plan, state, LAYOUT_MIGRATION).edits);
  return state;
}

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('typeCode' as const),
    row: fc.nat(40),
    area: fc.nat(20),
    value: fc.constantFrom<CellValue>('A', 'D', 'I', 'a', ' A', 'x', 4, null),
  }),
  fc.record({
    kind: fc.constant('typeName' as const),
    row: fc.nat(40),
    value: fc.constantFrom('=1+1', '+45 Ib', 'Åse', "O'Hara"),
  }),
  fc.record({
    kind: fc.constant('addPerson' as const),
    name: fc.constantFrom('Ny Person', '-Minus', '@Bo'),
    area: fc.nat(20),
    code: fc.constantFrom('A', 'D'),
  }),
  fc.record({ kind: fc.constant('addArea' as const), suffix: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('removeArea' as const), index: fc.nat(20) }),
  fc.record({
    kind: fc.constant('renameArea' as const),
    index: fc.nat(20),
    name: fc.constantFrom('Nyt navn', "Lea's område", 'Område "B" [1] #2'),
  }),
  fc.record({ kind: fc.constant('sortMatrix' as const), seed: fc.nat(1000) }),
  fc.record({ kind: fc.constant('tickChecklist' as const), row: fc.nat(3) }),
);

describe('reconcile', () => {
  it('creates a workbook whose tables read back as the plan', () => {
    const state = created();
    const analysis = analyseTables(stateTables(state));
    expect(analysis.coverage.areas).toHaveLength(13);
    expect(analysis.model.matrix.people.filter((p) => p.name !== null)).toHaveLength(8);
  });

  it('asks for nothing when run again straight after creating', () => {
    const state = created();
    expect(update(state).edits).toEqual([]);
  });

  it('writes only the timestamp and a history row when refreshing again', () => {
    const state = created();
    const history = findTableState(state, TABLE.history)!;
    const edits = update(state, new Date(T0.getTime() + 60_000)).edits;
    for (const edit of edits) {
      if (edit.kind !== 'write') {
        expect(['resizeTable', 'insertCells']).toContain(edit.kind);
        continue;
      }
      const inHistory = edit.row > history.row;
      const isTimestamp =
        edit.cells.length === 1 &&
        edit.cells[0].length === 1 &&
        edit.cells[0][0].value instanceof Date;
      expect(inHistory || isTimestamp).toBe(true);
    }
    expect(stateTables(state)[TABLE.history].rows).toHaveLength(2);
  });

  it('keeps a value typed into a computed column, and reports it', () => {
    const state = created();
    setTableCell(state, TABLE.matrix, 0, matrixCol(state, 'Part'), 'Bibliotek');
    const result = update(state);
    expect(result.conflicts).toHaveLength(1);
    expect(stateTables(state)[TABLE.matrix].rows[0][matrixCol(state, 'Part')]).toBe('Bibliotek');
  });

  it('labels a removed area archived and keeps its column and data', () => {
    const state = created();
    const removed = areaIds(state).indexOf('PSRM');
    act(state, { kind: 'removeArea', index: removed });
    const before = stateTables(state)[TABLE.matrix].rows.map(
      (row) => row[matrixCol(state, 'PSRM')],
    );
    update(state);
    const matrix = findTableState(state, TABLE.matrix)!;
    const col = matrixCol(state, 'PSRM');
    expect(stateTables(state)[TABLE.matrix].rows.map((row) => row[col])).toEqual(before);
    const label = sheetCells(state, matrix.sheet).get(cellKey(matrix.row - 1, matrix.col + col));
    expect(label?.value).toBe(t('da', 'wb.matrix.archivedLabel', { id: 'PSRM' }));
    expect(stateTables(state)[TABLE.status].rows.map((row) => row[0])).not.toContain('PSRM');
  });

  it('gives a new area a column at the right end, and a Status row', () => {
    const state = created();
    act(state, { kind: 'addArea', suffix: 7 });
    update(state);
    const matrix = findTableState(state, TABLE.matrix)!;
    expect(matrix.headers[matrix.headers.length - 1]).toBe('NY_7');
    expect(stateTables(state)[TABLE.status].rows.map((row) => row[0])).toContain('NY_7');
    expect(update(state).edits).toEqual([]);
  });

  it('changes only the label when an area is renamed', () => {
    const state = created();
    act(state, { kind: 'renameArea', index: 0, name: 'Nyt navn' });
    const edits = update(state).edits;
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'write', cells: [[{ value: 'Nyt navn' }]] });
  });

  it('loses no typed cell, and then asks for nothing, whatever people do in between', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (actions, refresh) => {
          const state = created();
          for (const action of actions) act(state, action);
          const typed = typedCells(state);
          update(state, refresh ? new Date(T0.getTime() + 3_600_000) : undefined);
          expect(typedCells(state)).toEqual(typed);
          expect(update(state).edits).toEqual([]);
        },
      ),
      propertyRuns(60),
    );
  });

  it('leaves a co-author’s edit made between read and write in place', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 6 }),
        actionArb,
        (before, remote) => {
          const state = created();
          for (const action of before) act(state, action);
          const { plan } = planForWorkbook(stateTables(state), {
            lang: 'da',
            refreshAt: new Date(T0.getTime() + 1),
          });
          const { edits } = reconcile(plan, state);
          act(state, remote);
          const typed = typedCells(state);
          applyEdits(state, edits);
          expect(typedCells(state)).toEqual(expect.arrayContaining(typed));
        },
      ),
      propertyRuns(60),
    );
  });
});
