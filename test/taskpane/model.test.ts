import { newWorkbookPlan, planTables } from '../../src/core/engine';
import { workbookView } from '../../src/core/view';
import { OperationReport, PersonRow, WorkbookView } from '../../src/excel/api';
import { completionStep, isReady, leaderName, openGaps } from '../../src/taskpane/model/completion';
import { outcomeMessage, reportNotices } from '../../src/taskpane/model/messages';
import {
  areaCount,
  draftFromPerson,
  draftToEdit,
  emptyDraft,
  validateDraft,
  withCurrent,
} from '../../src/taskpane/model/person';
import { isDark } from '../../src/taskpane/theme';

const report = (over: Partial<OperationReport> = {}): OperationReport => ({
  syncs: 1,
  cellsWritten: 3,
  conflicts: 0,
  chunks: 0,
  degraded: [],
  ...over,
});

function person(over: Partial<PersonRow> = {}): PersonRow {
  return {
    row: 0,
    name: 'Ane',
    role: '',
    department: '',
    email: '',
    fromPhase: '',
    codes: {},
    ...over,
  };
}

/** A fresh template workbook's view, with the given people in the matrix. */
function templateView(people: Parameters<typeof newWorkbookPlan>[1] = []): WorkbookView {
  return workbookView(planTables(newWorkbookPlan('da', people, new Date(2025, 0, 1)).plan));
}

describe('the person form', () => {
  it('requires a name', () => {
    expect(validateDraft({ ...emptyDraft(), name: '  ' })).toEqual({
      name: 'pane.person.nameRequired',
    });
  });

  it('accepts a blank e-mail and a plausible one, and refuses a malformed one', () => {
    const withEmail = (email: string) => validateDraft({ ...emptyDraft(), name: 'Ane', email });
    expect(withEmail('')).toEqual({});
    expect(withEmail('ane.b@kommune.dk')).toEqual({});
    for (const bad of ['ane', 'ane@', '@kommune.dk', 'ane@kommune', 'a b@kommune.dk', 'ane@@k.dk'])
      expect([bad, withEmail(bad)]).toEqual([bad, { email: 'pane.person.emailInvalid' }]);
  });

  it('keeps a leading = in the name: the gateway stores it as text', () => {
    expect(draftToEdit({ ...emptyDraft(), name: ' =Ane ' }, emptyDraft()).name).toBe('=Ane');
  });

  it("sends only the codes the user changed, so a co-author's codes in the row are kept", () => {
    const initial = draftFromPerson(
      person({ row: 2, codes: { PSRM: 'A', KOMM: 'D', ADM_SP: null } }),
    );
    const draft = { ...initial, codes: { ...initial.codes, KOMM: '', ADM_SP: 'I' } };
    const edit = draftToEdit(draft, initial);
    expect(edit.codes).toEqual({ KOMM: '', ADM_SP: 'I' });
    expect(edit.row).toBe(2);
    const added = draftToEdit({ ...emptyDraft(), name: 'Bo', codes: { PSRM: 'A' } }, emptyDraft());
    expect(added).toMatchObject({ row: null, codes: { PSRM: 'A' } });
  });

  it('shows numbers and dates typed where a code belongs as text', () => {
    const draft = draftFromPerson(person({ row: 4, codes: { PSRM: 2, KOMM: 'd', ADM_SP: null } }));
    expect(draft.row).toBe(4);
    expect(draft.codes).toEqual({ PSRM: '2', KOMM: 'd', ADM_SP: '' });
    expect(areaCount(person({ codes: { PSRM: 2, KOMM: '', ADM_SP: null } }))).toBe(1);
  });

  it("offers the person's current value even when the list lacks it", () => {
    expect(withCurrent(['Projektleder'], 'Konsulent')).toEqual(['Projektleder', 'Konsulent']);
    expect(withCurrent(['Projektleder'], 'Projektleder')).toEqual(['Projektleder']);
    expect(withCurrent(['Projektleder'], '')).toEqual(['Projektleder']);
  });
});

describe('marking the task complete', () => {
  it('lists every area that is not covered, gaps first, and every required role nobody has', () => {
    const view = templateView([{ name: 'Ane', role: 'Projektleder', codes: { PSRM: 'A' } }]);
    const gaps = openGaps(view);
    expect(gaps.areas).toHaveLength(13);
    expect(gaps.areas[0].status).toBe('not_covered');
    expect(gaps.roles.map((role) => role.role)).not.toContain('Projektleder');
    expect(gaps.roles.map((role) => role.role)).toContain('Projektejer');
    expect(isReady(view)).toBe(false);
  });

  it('is the last step of the method', () => {
    const view = templateView();
    expect(view.checklist).toHaveLength(4);
    expect(completionStep(view)).toBe(view.checklist[3]);
    expect(completionStep(null)).toBeNull();
  });

  it("prefills the user's name from the matrix's Projektleder, in either language", () => {
    const view = templateView([
      { name: 'Bo', role: 'Projektejer' },
      { name: 'Ane', role: 'projektleder' },
    ]);
    expect(leaderName(view)).toBe('Ane');
    expect(leaderName({ ...view, people: [person({ name: 'Cy', role: 'Project leader' })] })).toBe(
      'Cy',
    );
    expect(leaderName({ ...view, people: [] })).toBe('');
  });
});

describe('messages after an action', () => {
  it('say what went wrong, in the error from the gateway', () => {
    const message = outcomeMessage({ ok: false, error: { key: 'error.excelBusy' } }, () => null);
    expect(message).toMatchObject({ intent: 'error', lines: [{ key: 'error.excelBusy' }] });
  });

  it('turn into a warning when a co-author won a cell or a feature was missing', () => {
    const message = outcomeMessage(
      { ok: true, value: undefined, report: report({ conflicts: 2, degraded: ['charts'] }) },
      () => ({ key: 'pane.status.refreshed' }),
    );
    expect(message).toMatchObject({
      intent: 'warning',
      lines: [
        { key: 'pane.status.refreshed' },
        { key: 'notice.conflicts', params: { count: 2 } },
        { key: 'notice.degraded.charts' },
      ],
    });
  });

  it('are a plain success otherwise, and nothing when there is nothing to say', () => {
    expect(
      outcomeMessage({ ok: true, value: 1, report: report() }, () => ({
        key: 'pane.start.created',
      })),
    ).toMatchObject({ intent: 'success' });
    expect(outcomeMessage({ ok: true, value: 1, report: report() }, () => null)).toBeNull();
    expect(reportNotices(report())).toEqual([]);
  });
});

describe("following Office's theme", () => {
  it('is dark on dark backgrounds only', () => {
    expect(isDark('#262626')).toBe(true);
    expect(isDark('#000')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(isDark('#E6E6E6')).toBe(false);
    expect(isDark('not a colour')).toBe(false);
  });
});
