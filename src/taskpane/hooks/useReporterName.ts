import { useState } from 'react';
import { WorkbookView } from '../../excel/api';
import { leaderName } from '../model/completion';

export interface ReporterName {
  /** Who ticks the method's steps, for the checklist's "Af" column. */
  name: string;
  setName(name: string): void;
}

/**
 * The user's name for this session: what they typed, else the matrix's Projektleder, else
 * the last name used to tick a step in this document (kept in its settings). Held above the
 * tabs, so it survives switching parts; never stored outside the workbook.
 */
export function useReporterName(view: WorkbookView | null): ReporterName {
  const [typed, setTyped] = useState<string | null>(null);
  return {
    name: typed ?? (leaderName(view) || view?.lastReporter || ''),
    setName: setTyped,
  };
}
