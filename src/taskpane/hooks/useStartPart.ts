import { useCallback, useState } from 'react';
import { Lang } from '../../core/i18n';
import { WorkbookGateway } from '../../excel/api';
import { PartId } from '../components/partProps';
import { SheetPart, StartState, sheetParts, startState } from '../model/startParts';
import { WorkbookActions, WorkbookState } from './useWorkbook';

export interface StartPart {
  /** Where the workbook stands; `unread` offers no create, only a retry. */
  state: StartState;
  /** Each sheet and whether the workbook has it; null before the first good read. */
  sheets: SheetPart[] | null;
  presentCount: number;
  /** No table of ours yet: the next run creates, and the language can still be chosen. */
  fresh: boolean;
  /** The workbook's language once it has our tables. */
  workbookLang: Lang | null;
  chosenLang: Lang;
  chooseLang(lang: Lang): void;
  /** The municipality's name, asked for when the sheets are created. */
  municipality: string;
  setMunicipality(name: string): void;
  /**
   * The matrix is gone and the people in it with it (the core's rule): updating the sheets
   * makes an empty one, so it waits for the user to confirm.
   */
  matrixGone: boolean;
  /** The confirmation before an empty matrix replaces the one that is gone is open. */
  confirming: boolean;
  /** Where to go once every sheet is there: Personer while nobody is in the matrix. */
  next: PartId | null;
  /** The last create or update that finished, and whether it worked; focus follows it. */
  finished: { ok: boolean } | null;
  /** Creates or updates; where the matrix is gone, asks for a confirmation first. */
  createOrUpdate(): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/** Kom i gang: where the workbook stands, and the idempotent "create or update". */
export function useStartPart(
  gateway: WorkbookGateway,
  state: WorkbookState,
  actions: WorkbookActions,
): StartPart {
  // Danish is the workbook's default language whatever the pane's language is.
  const [chosenLang, chooseLang] = useState<Lang>('da');
  const [asked, setAsked] = useState(false);
  const [municipality, setMunicipality] = useState('');
  const [finished, setFinished] = useState<{ ok: boolean } | null>(null);
  const parts = state.view?.parts ?? null;
  const where = startState(parts);
  const sheets = parts ? sheetParts(parts.tables) : null;
  const presentCount = sheets ? sheets.filter((sheet) => sheet.state === 'present').length : 0;
  const fresh = where === 'fresh';
  const workbookLang = fresh ? null : (parts?.lang ?? null);
  const matrixGone = where === 'matrixGone';
  // Closes by itself when the matrix is back, e.g. after Undo in Excel.
  const confirming = asked && matrixGone;
  const next: PartId | null =
    where === 'complete' ? (state.view?.people.length ? 'coverage' : 'people') : null;

  const run = useCallback(async () => {
    // Never on the strength of a failed read: an unread workbook may well hold the sheets.
    if (where === 'unread') return;
    const lang = workbookLang ?? chosenLang;
    const ok = await actions.perform(
      'create',
      () => gateway.createOrUpdate(lang, fresh ? municipality.trim() || undefined : undefined),
      (_, report) => {
        if (fresh) return { key: 'pane.start.created' };
        if (matrixGone) return { key: 'pane.start.matrixRecreated' };
        if (report.cellsWritten === 0) return { key: 'pane.start.upToDate' };
        return { key: 'pane.start.updated', params: { count: report.cellsWritten } };
      },
    );
    setFinished({ ok });
  }, [actions, gateway, where, fresh, matrixGone, workbookLang, chosenLang, municipality]);

  const createOrUpdate = useCallback(async () => {
    if (matrixGone) setAsked(true);
    else await run();
  }, [matrixGone, run]);

  const confirm = useCallback(async () => {
    setAsked(false);
    await run();
  }, [run]);

  const cancel = useCallback(() => setAsked(false), []);

  return {
    state: where,
    sheets,
    presentCount,
    fresh,
    workbookLang,
    chosenLang,
    chooseLang,
    municipality,
    setMunicipality,
    matrixGone,
    confirming,
    next,
    finished,
    createOrUpdate,
    confirm,
    cancel,
  };
}
