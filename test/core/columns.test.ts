import { columnIndex, headerIndex, sameHeader } from '../../src/core/tables';

describe('finding a column by its header: one rule for every caller', () => {
  it.each([
    ['Navn', 'Navn'],
    ['Navn ', 'Navn'],
    [' navn', 'Navn'],
    ['NAVN', 'navn'],
    ['Økonomi', 'økonomi'],
  ])('matches %j to %j', (actual, wanted) => {
    expect(sameHeader(actual, wanted)).toBe(true);
  });

  it('does not match a different header', () => {
    expect(sameHeader('Navne', 'Navn')).toBe(false);
  });

  it('finds a contract column in the workbook’s language or the other one', () => {
    expect(columnIndex(['E-mail', 'Navn ', 'Rolle'], 'matrix', 'name', 'da')).toBe(1);
    expect(columnIndex(['Name', 'Role'], 'matrix', 'name', 'da')).toBe(0);
    expect(columnIndex(['navn'], 'matrix', 'name', 'en')).toBe(0);
    expect(headerIndex(['A', 'B'], 'C')).toBe(-1);
  });
});
