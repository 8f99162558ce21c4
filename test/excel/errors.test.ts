import { UserError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';
import { messageFor } from '../../src/excel/errors';

/** Excel's failures in the pane's language; Excel's own text only as the detail. */
function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('messageFor', () => {
  it("keeps Excel's English reason out of the sentence and in the detail", () => {
    const message = messageFor(excelError('GeneralException', 'The server is unavailable.'));
    expect(message).toEqual({
      key: 'error.excelFailed',
      detail: 'The server is unavailable. (GeneralException)',
    });
    for (const lang of ['da', 'en'] as const) {
      expect(t(lang, message.key, message.params)).not.toMatch(/server|unavailable|\{/);
    }
  });

  it('says that Excel is busy for a call made while a cell is edited, with the detail', () => {
    const message = messageFor(
      excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'),
    );
    expect(message.key).toBe('error.excelBusy');
    expect(message.detail).toBe('Excel is in cell-editing mode. (InvalidOperationInCellEditMode)');
  });

  it('does not repeat a code the reason already names', () => {
    expect(messageFor(excelError('Conflict', 'Conflict: try again')).detail).toBe(
      'Conflict: try again',
    );
  });

  it('passes our own errors through as they are, with no detail', () => {
    const error = new UserError('error.tableMissing', { table: 'tblMatrix' });
    expect(messageFor(error)).toEqual({
      key: 'error.tableMissing',
      params: { table: 'tblMatrix' },
    });
  });
});
