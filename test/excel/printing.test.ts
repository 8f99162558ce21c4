import { ok, setUp } from './support';

describe('printing and the Status sheet’s computed columns', () => {
  it('sets A4 landscape, one page wide, titles and a footer, and collapses the helpers', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const sheets = host.snapshot().sheets;
    const status = sheets.find((s) => s.name === 'Status')!;
    expect(status.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      centerFooter: '&A · side &P af &N · &D',
    });
    expect(status.pageLayout.printArea).toBe('Status!$A:$J');
    expect(status.columnGroups).toEqual([{ first: 10, last: 13, collapsed: true }]);
    expect(status.hiddenColumns).toEqual(['K', 'L', 'M', 'N']);
    const matrix = sheets.find((s) => s.name === 'Matrix')!;
    expect(matrix.pageLayout.printTitleColumns).toBe('$A:$A');
    // Every sheet of ours; the blank workbook's own first sheet is the user's.
    for (const sheet of sheets.filter((s) => s.name !== 'Ark1'))
      expect([sheet.name, sheet.pageLayout.centerFooter]).toEqual([
        sheet.name,
        '&A · side &P af &N · &D',
      ]);
  });

  it('at ExcelApi 1.8 leaves printing out and hides the helpers, and says so', async () => {
    const { host, gateway } = setUp({ requirementSets: { ExcelApi: '1.8' } });
    ok(await gateway.createOrUpdate('da'));
    const status = host.snapshot().sheets.find((s) => s.name === 'Status')!;
    expect(status.pageLayout.orientation).toBe('Portrait');
    expect(status.hiddenColumns).toEqual(['K', 'L', 'M', 'N']);
  });

  it('reports both degradations at 1.8', async () => {
    const { gateway } = setUp({ requirementSets: { ExcelApi: '1.8' } });
    const created = await gateway.createOrUpdate('da');
    expect(created.ok && created.report.degraded).toEqual(
      expect.arrayContaining(['printing', 'outline']),
    );
  });
});

describe('the municipality on the owner’s page', () => {
  it('is written once at creation, as a typed value the add-in never overwrites', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da', 'Ærø Kommune'));
    expect(host.sheet('Status').values('A3:B3')).toEqual([['Kommune', 'Ærø Kommune']]);
    host.localEdit('Status', 'B3', [['Ærø Kommune (test)']]);
    ok(await gateway.createOrUpdate('da', 'Noget andet'));
    expect(host.sheet('Status').values('B3')).toEqual([['Ærø Kommune (test)']]);
  });
});
