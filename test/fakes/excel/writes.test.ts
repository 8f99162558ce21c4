import { codeOf, fakeExcel } from './testHelpers';

async function write(
  values: unknown[][],
  opts: { format?: string; through?: 'values' | 'formulas' } = {},
) {
  const { host, excel } = fakeExcel({ sheets: ['S'] });
  const address = `A1:${String.fromCharCode(64 + values[0].length)}${values.length}`;
  if (opts.format) host.seedNumberFormat('S', address, opts.format);
  await excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange(address);
    if (opts.through === 'formulas') r.formulas = values as string[][];
    else r.values = values as string[][];
    await ctx.sync();
  });
  return host.sheet('S');
}

describe('shape of written arrays', () => {
  it.each([
    ['too few rows', 'A1:B2', [['a', 'b']]],
    [
      'too many columns',
      'A1:B2',
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
    ],
    ['ragged rows', 'A1:B2', [['a', 'b'], ['c']]],
    ['a one-dimensional array', 'A1:B1', ['a', 'b']],
    ['a 1x1 array for a larger range', 'A1:B2', [['a']]],
  ])('rejects %s with InvalidArgument', async (_label, address, values) => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange(address).values = values as unknown[][];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(host.sheet('S').usedAddress()).toBeNull();
  });

  it('fills every cell from a single scalar value', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
      (r as unknown as { values: unknown }).values = 'x';
      (r as unknown as { numberFormat: unknown }).numberFormat = '@';
      await ctx.sync();
    });
    expect(host.sheet('S').values('A1:B2')).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(host.sheet('S').numberFormats('A1:B2')).toEqual([
      ['@', '@'],
      ['@', '@'],
    ]);
  });

  it('leaves a cell unchanged where the array holds null', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:B1', [['keep', 'old']]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [
        [null, 'new'],
      ] as unknown as string[][];
      await ctx.sync();
    });
    expect(host.sheet('S').values('A1:B1')).toEqual([['keep', 'new']]);
  });
});

describe('text written through values is taken as typed input', () => {
  it('makes a formula of a string that starts with =', async () => {
    const s = await write([['=SUM(B1:B2)']]);
    expect(s.cell('A1').formula).toBe('=SUM(B1:B2)');
    expect(s.formulas('A1')).toEqual([['=SUM(B1:B2)']]);
  });

  it('keeps a leading apostrophe out of the value and makes the rest literal text', async () => {
    const s = await write([["'=1+1", "'007", "'+45 12 34 56"]]);
    expect(s.values('A1:C1')).toEqual([['=1+1', '007', '+45 12 34 56']]);
    expect(s.cell('A1').formula).toBeNull();
  });

  it('turns numeric, percent, boolean and ISO date strings into numbers and booleans', async () => {
    const s = await write([['007', '1e3', '50%', 'true', '2024-03-01']]);
    expect(s.values('A1:E1')).toEqual([[7, 1000, 0.5, true, 45352]]);
    expect(s.numberFormats('C1:E1')).toEqual([['0%', 'General', 'yyyy-mm-dd']]);
    expect(s.text('E1')).toEqual([['2024-03-01']]);
  });

  it('takes strings starting with +, - or @ that are not numbers as formulas (#NAME?)', async () => {
    const s = await write([['-abc', '+x y', '@foo', '-5', '-']]);
    expect(s.formulas('A1:E1')).toEqual([['=-abc', '=+x y', '=foo', -5, '-']]);
    expect(s.values('A1:C1')).toEqual([['#NAME?', '#NAME?', '#NAME?']]);
  });

  it('keeps any string literally in a cell formatted as Text (@)', async () => {
    const s = await write([['=1+1', '-abc', '007', 'TRUE']], { format: '@' });
    expect(s.values('A1:D1')).toEqual([['=1+1', '-abc', '007', 'TRUE']]);
    expect(s.cell('A1').formula).toBeNull();
  });

  it('applies a Text format set earlier in the same batch before the values', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.numberFormat = [['@']];
      r.values = [['=not a formula']];
      await ctx.sync();
    });
    expect(host.sheet('S').cell('A1')).toMatchObject({ value: '=not a formula', formula: null });
  });

  it('reads formulas back as text and other cells as their values', async () => {
    const s = await write([['=A2*2', 5, 'text']], { through: 'formulas' });
    expect(s.formulas('A1:C1')).toEqual([['=A2*2', 5, 'text']]);
  });

  it('returns the cached value of a formula cell, or what the test evaluator computes', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:A2', [['=1+1'], ['=COUNTIF(B:B,"A")']]);
    const read = () =>
      excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1:A2')
          .load('values, formulas, valueTypes');
        await ctx.sync();
        return [r.values, r.formulas, r.valueTypes];
      });
    expect(await read()).toEqual([
      [[0], [0]],
      [['=1+1'], ['=COUNTIF(B:B,"A")']],
      [['Double'], ['Double']],
    ]);
    host.setFormulaEvaluator((_sheet, address) => (address === 'A1' ? 2 : undefined));
    expect((await read())[0]).toEqual([[2], [0]]);
  });

  it('refuses a text longer than 32,767 characters', async () => {
    const { excel } = fakeExcel();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['x'.repeat(32768)]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('range navigation and formats', () => {
  it('derives ranges and reports their addresses with quoted sheet names', async () => {
    const { excel } = fakeExcel({ sheets: ['My Sheet'] });
    const addresses = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('My Sheet');
      const base = ws.getRange('B2:C3');
      const ranges = [
        base,
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(1, 1),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getRowsBelow(2),
        ws.getRange('C:C'),
        ws.getRangeByIndexes(0, 0, 2, 2),
      ];
      ranges.forEach((r) => r.load('address'));
      await ctx.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "'My Sheet'!B2:C3",
      "'My Sheet'!C3",
      "'My Sheet'!B3:C4",
      "'My Sheet'!B2:D4",
      "'My Sheet'!B:C",
      "'My Sheet'!2:3",
      "'My Sheet'!B4:C5",
      "'My Sheet'!C:C",
      "'My Sheet'!A1:B2",
    ]);
  });

  it('sets and reads column widths, fonts, fills and alignment', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    const out = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
      r.format.columnWidth = 120;
      r.format.font.bold = true;
      r.format.fill.color = '#FFC7CE';
      r.format.wrapText = true;
      r.load('format/columnWidth, format/font/bold, format/fill/color, format/wrapText');
      await ctx.sync();
      return [r.format.columnWidth, r.format.font.bold, r.format.fill.color, r.format.wrapText];
    });
    expect(out).toEqual([120, true, '#FFC7CE', true]);
    expect(host.snapshot().sheets[0].columnWidths).toEqual({ A: 120, B: 120 });
  });

  it('freezes panes and reports them in the snapshot', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').freezePanes.freezeAt('B3');
      await ctx.sync();
    });
    expect(host.sheet('S').frozen()).toEqual({ rows: 3, columns: 2 });
  });

  it('merges cells keeping only the upper-left value', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:B1', [['keep', 'lost']]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').merge();
      await ctx.sync();
    });
    expect(host.sheet('S').values('A1:B1')).toEqual([['keep', '']]);
    expect(host.snapshot().sheets[0].merges).toEqual(['A1:B1']);
  });

  it('records hyperlinks and shows their text', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').hyperlink = {
        documentReference: "'S'!C5",
        textToDisplay: 'Gå til C5',
      };
      await ctx.sync();
    });
    expect(host.sheet('S').values('A1')).toEqual([['Gå til C5']]);
    expect(host.snapshot().sheets[0].hyperlinks).toEqual([
      { address: 'A1', target: "'S'!C5", textToDisplay: 'Gå til C5', screenTip: null },
    ]);
  });
});
