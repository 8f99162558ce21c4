import { codeOf, fakeExcel } from './testHelpers';

function addSheet(name: string, existing: string[] = ['Sheet1']) {
  const { host, excel } = fakeExcel({ sheets: existing });
  const code = codeOf(
    excel.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    }),
  );
  return { host, code };
}

describe('worksheet names', () => {
  it('accepts a name of 31 characters', async () => {
    expect(await addSheet('x'.repeat(31)).code).toBe('resolved');
  });

  it('rejects a name of 32 characters with InvalidArgument', async () => {
    expect(await addSheet('x'.repeat(32)).code).toBe('InvalidArgument');
  });

  it.each(['[', ']', ':', '*', '?', '/', '\\'])('rejects a name holding %s', async (ch) => {
    const { host, code } = addSheet(`Bad${ch}Name`);
    expect(await code).toBe('InvalidArgument');
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it.each(['', '   ', "'Quoted", "Quoted'"])(
    'rejects the name %p (blank, or an apostrophe at either end)',
    async (name) => {
      expect(await addSheet(name).code).toBe('InvalidArgument');
    },
  );

  it('accepts apostrophes inside, spaces and Danish letters', async () => {
    expect(await addSheet("Områder og 'noter'x").code).toBe('resolved');
  });

  it('rejects a duplicate name regardless of case with ItemAlreadyExists', async () => {
    expect(await addSheet('MATRIX', ['Matrix']).code).toBe('ItemAlreadyExists');
    expect(await addSheet('områder', ['OMRÅDER']).code).toBe('ItemAlreadyExists');
  });

  it('rejects the reserved name History', async () => {
    expect(await addSheet('history').code).toBe('InvalidArgument');
  });

  it('applies the same rules when a sheet is renamed, and keeps the old name on failure', async () => {
    const { host, excel } = fakeExcel({ sheets: ['A', 'B'] });
    const rename = (to: string) =>
      codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('A').name = to;
          await ctx.sync();
        }),
      );
    expect(await rename('b')).toBe('ItemAlreadyExists');
    expect(await rename('a/b')).toBe('InvalidArgument');
    expect(await rename('a')).toBe('resolved');
    expect(host.snapshot().sheets.map((s) => s.name)).toEqual(['a', 'B']);
  });

  it('names new sheets as Excel does in the display language', async () => {
    const run = async (lang: string) => {
      const { excel } = fakeExcel({ displayLanguage: lang });
      return excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.add().load('name');
        await ctx.sync();
        return ws.name;
      });
    };
    expect(await run('da-DK')).toBe('Ark2');
    expect(await run('en-US')).toBe('Sheet2');
  });

  it('updates formulas that refer to a renamed sheet, quoting the new name', async () => {
    const { host, excel } = fakeExcel({ sheets: ['Data', 'Status'] });
    host.seed('Status', 'A1', [['=COUNTA(Data!A:A)']]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').name = 'Mine data';
      await ctx.sync();
    });
    expect(host.sheet('Status').formulas('A1')).toEqual([["=COUNTA('Mine data'!A:A)"]]);
  });

  it('refuses to delete the last visible sheet', async () => {
    const { excel } = fakeExcel({ sheets: ['Only'] });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Only').delete();
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidOperation');
  });
});
