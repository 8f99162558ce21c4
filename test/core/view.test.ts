import { newWorkbookPlan, planTables } from '../../src/core/engine';
import { TableSet } from '../../src/core/model';
import { TABLE, TableKey } from '../../src/core/tables';
import { workbookView } from '../../src/core/view';

/** A template workbook with Ane and Bo in the matrix, less the given tables. */
function workbookWithout(...missing: TableKey[]): TableSet {
  const people = [
    { name: 'Ane', role: 'Projektleder', codes: { PSRM: 'A' } },
    { name: 'Bo', role: 'Biblioteksmedarbejder', codes: { PSRM: 'D' } },
  ];
  const tables = planTables(newWorkbookPlan('da', people, new Date(2025, 0, 1)).plan);
  const gone = new Set<string>(missing.map((key) => TABLE[key]));
  return Object.fromEntries(Object.entries(tables).filter(([, t]) => !gone.has(t.name)));
}

describe('the parts of the workbook', () => {
  it('says the matrix is gone, and the people with it, when it is missing while the rest exists', () => {
    const { parts, people, analysis } = workbookView(workbookWithout('matrix'));
    expect(parts).toMatchObject({ matrixGone: true, complete: false, lang: 'da' });
    expect(people).toEqual([]);
    expect(analysis).toBeNull();
  });

  it('says so too when other parts are missing as well', () => {
    expect(workbookView(workbookWithout('matrix', 'status')).parts.matrixGone).toBe(true);
  });

  it('does not say so for a new workbook, a whole one, or one missing only another part', () => {
    expect(workbookView({}).parts.matrixGone).toBe(false);
    expect(workbookView(workbookWithout()).parts).toMatchObject({
      matrixGone: false,
      complete: true,
    });
    expect(workbookView(workbookWithout('status')).parts).toMatchObject({
      matrixGone: false,
      complete: false,
    });
  });
});
