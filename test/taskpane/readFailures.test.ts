import { UserMessage } from '../../src/excel/api';
import { failedReadSpeaks, isTransient } from '../../src/taskpane/model/messages';

/** When a failed read of the workbook puts up a message, and when it stays quiet. */
const BUSY: UserMessage = { key: 'error.excelBusy', detail: 'InvalidOperationInCellEditMode' };
const FAILED: UserMessage = { key: 'error.excelFailed', detail: 'The server is unavailable.' };
const TOO_OLD: UserMessage = { key: 'error.excelApiMissing' };

describe('a failed read', () => {
  it('passes by itself when Excel is busy or a round trip failed, not when Excel is too old', () => {
    expect(isTransient(BUSY)).toBe(true);
    expect(isTransient(FAILED)).toBe(true);
    expect(isTransient(TOO_OLD)).toBe(false);
    expect(isTransient({ key: 'pane.error.loadFailed' })).toBe(false);
  });

  it('speaks when the user asked for it, whatever the reason', () => {
    for (const error of [BUSY, FAILED, TOO_OLD]) expect(failedReadSpeaks('user', error)).toBe(true);
  });

  it('stays quiet in a background refresh, whatever the reason', () => {
    for (const error of [BUSY, FAILED, TOO_OLD])
      expect(failedReadSpeaks('background', error)).toBe(false);
  });

  it('at open, stays quiet while Excel is busy and says at once what will not pass', () => {
    expect(failedReadSpeaks('open', BUSY)).toBe(false);
    expect(failedReadSpeaks('open', FAILED)).toBe(false);
    expect(failedReadSpeaks('open', TOO_OLD)).toBe(true);
  });
});
