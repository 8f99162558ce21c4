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
  createOrUpdate(): Promise<void>;
}

/** Kom i gang: which parts exist, and the idempotent "create or update". */
export function useStartPart(
  gateway: WorkbookGateway,
  state: WorkbookState,
  actions: WorkbookActions,
): StartPart {
  // Danish is the workbook's default language whatever the pane's language is.
  const [chosenLang, chooseLang] = useState<Lang>('da');
  const parts = state.view?.parts ?? null;
  const tables = parts ? (Object.entries(parts.tables) as [TableKey, boolean][]) : null;
  const presentCount = tables ? tables.filter(([, present]) => present).length : 0;
  const fresh = presentCount === 0;
  const workbookLang = fresh ? null : (parts?.lang ?? null);

  const createOrUpdate = useCallback(async () => {
    const lang = workbookLang ?? chosenLang;
    await actions.perform(
      'create',
      () => gateway.createOrUpdate(lang),
      (_, report) => {
        if (fresh) return { key: 'pane.start.created' };
        if (report.cellsWritten === 0) return { key: 'pane.start.upToDate' };
        return { key: 'pane.start.updated', params: { count: report.cellsWritten } };
      },
    );
  }, [actions, gateway, fresh, workbookLang, chosenLang]);

  return { tables, presentCount, fresh, workbookLang, chosenLang, chooseLang, createOrUpdate };
}
