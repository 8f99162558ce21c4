import { useMemo } from 'react';
import { buildBriefs } from '../../core/brief';
import { Analysis } from '../../core/engine';
import { copyText, openLink } from '../browserEffects';
import { reportUnexpected } from '../guard';
import { PaneMessage } from '../model/messages';
import { copyAllBriefs, sendBrief } from '../model/brief';

export interface BriefActions {
  /** "Send opgaver" for the person in this matrix row. */
  send(row: number): void;
  /** "Kopiér alle". */
  copyAll(): void;
}

/** The participants' briefs for Personer, made from the analysis when a button is pressed. */
export function useBriefs(
  analysis: Analysis | null,
  notify: (message: PaneMessage) => void,
): BriefActions {
  return useMemo(() => {
    const effects = { open: openLink, copy: copyText, notify };
    const briefs = () => (analysis ? buildBriefs(analysis) : []);
    // Async, so that any failure is a rejection the guard reports; the link still opens
    // within the click, before the first await, as pop-up blockers require.
    const guarded = (work: () => Promise<void>) => void work().catch(reportUnexpected);
    return {
      send: (row) =>
        guarded(async () => {
          const brief = briefs().find((b) => b.row === row);
          if (brief) await sendBrief(brief, effects);
        }),
      copyAll: () => guarded(() => copyAllBriefs(briefs(), effects)),
    };
  }, [analysis, notify]);
}
