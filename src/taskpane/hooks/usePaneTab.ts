import { useState } from 'react';
import { PartId } from '../components/partProps';
import { WorkbookState } from './useWorkbook';

/** The part a workbook opens on: Dækning once our sheets are there, Kom i gang before. */
function openingPart(state: WorkbookState): PartId | null {
  if (state.view === null) return null;
  return state.view.parts.complete ? 'coverage' : 'start';
}

/**
 * Which part shows. The first good read decides where the pane opens: Kom i gang for a
 * workbook without our sheets, Dækning for one that has them. It decides in the render the
 * read arrives in, so a prepared workbook never shows Kom i gang (nor loads its code) on the
 * way to Dækning. A read that failed decides nothing, so a prepared workbook that Excel was
 * too busy to read at first still opens on Dækning once it can be read. After that only the
 * user moves it, so creating the sheets does not whisk them away from the result.
 */
export function usePaneTab(state: WorkbookState): [PartId, (part: PartId) => void] {
  const [chosen, setChosen] = useState<PartId | null>(null);
  const [opened, setOpened] = useState<PartId | null>(null);
  const opening = opened ?? openingPart(state);
  // Keep the first decision: later reads (the sheets created, say) do not move the pane.
  if (opened === null && opening !== null) setOpened(opening);
  return [chosen ?? opening ?? 'start', setChosen];
}
