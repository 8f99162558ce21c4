import { useCallback, useState } from 'react';
import { Lang } from '../../core/i18n';
import { TableKey } from '../../core/tables';
import { WorkbookGateway } from '../../excel/api';
import { WorkbookActions, WorkbookState } from './useWorkbook';

export interface StartPart {
  /** Each table of the contract and whether the workbook has it; null before the first read. */
  tables: [TableKey, boolean][] | null;
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
  /** Creates or updates; where the matrix is gone, asks for a confirmation first. */
  createOrUpdate(): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/** Kom i gang: which parts exist, and the idempotent "create or update". */
export function useStartPart(
  gateway: WorkbookGateway,
  state: WorkbookState,
  actions: WorkbookActions,
): StartPart {
  // Danish is the workbook's default language whatever the pane's language is.
  const [chosenLang, chooseLang] = useState<Lang>('da');
  const [asked, setAsked] = useState(false);
  const [municipality, setMunicipality] = useState('');
  const parts = state.view?.parts ?? null;
  const tables = parts ? (Object.entries(parts.tables) as [TableKey, boolean][]) : null;
  const presentCount = tables ? tables.filter(([, present]) => present).length : 0;
  const fresh = presentCount === 0;
  const workbookLang = fresh ? null : (parts?.lang ?? null);
  const matrixGone = parts?.matrixGone ?? false;
  // Closes by itself when the matrix is back, e.g. after Undo in Excel.
  const confirming = asked && matrixGone;

  const run = useCallback(async () => {
    const lang = workbookLang ?? chosenLang;
    await actions.perform(
      'create',
      () => gateway.createOrUpdate(lang, fresh ? municipality.trim() || undefined : undefined),
      (_, report) => {
        if (fresh) return { key: 'pane.start.created' };
        if (matrixGone) return { key: 'pane.start.matrixRecreated' };
        if (report.cellsWritten === 0) return { key: 'pane.start.upToDate' };
        return { key: 'pane.start.updated', params: { count: report.cellsWritten } };
      },
    );
  }, [actions, gateway, fresh, matrixGone, workbookLang, chosenLang, municipality]);

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
    tables,
    presentCount,
    fresh,
    workbookLang,
    chosenLang,
    chooseLang,
    municipality,
    setMunicipality,
    matrixGone,
    confirming,
    createOrUpdate,
    confirm,
    cancel,
  };
}
