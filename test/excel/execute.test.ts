import { Edit } from '../../src/core/edits';
import { cloneState } from '../../src/core/memoryWorkbook';
import { executeEdits } from '../../src/excel/execute';
import { readState } from '../../src/excel/readState';
import { fakeExcel } from '../fakes/excel/testHelpers';

describe('executeEdits', () => {
  it('refuses an edit it has no rendering for, before anything reaches the workbook', async () => {
    const { host, excel } = fakeExcel({ sheets: ['Ark1'] });
    const before = host.snapshot();
    const outcome = excel.run(async (context) => {
      const state = await readState(context, () => context.sync(), new Map());
      const edits = [
        { kind: 'addSheet', sheet: 'Matrix', key: 'matrix' },
        { kind: 'renameSheet', sheet: 'Matrix', to: 'Personer' },
      ] as unknown as Edit[];
      await executeEdits(context, edits, cloneState(state), {
        canResize: true,
        skip: new Set(),
        maxRequestBytes: 4 * 1024 * 1024,
        formats: { supports: () => true, degrade: () => undefined },
      });
    });
    await expect(outcome).rejects.toThrow(/renameSheet/);
    expect(host.snapshot()).toEqual(before);
  });
});
