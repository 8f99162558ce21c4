/** A1 addresses as Office.js reports them ("'My sheet'!B5:T20"), parsed to zero-based numbers. */
export interface Area {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseAddress(address: string): Area {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? '' : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(
    address.slice(bang + 1),
  );
  if (!match) throw new Error(`Unexpected address ${address}`);
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  const lastRow = match[4] ? Number(match[4]) - 1 : row;
  const lastCol = match[3] ? columnIndex(match[3]) : col;
  return { sheet, row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}
