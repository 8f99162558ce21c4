import { useEffect, useRef, useState } from 'react';
import { PartId } from '../components/partProps';
import { WorkbookState } from './useWorkbook';

/**
 * Which part shows. The first good read decides where the pane opens: Kom i gang for a
 * workbook without our sheets, Dækning for one that has them. A read that failed decides
 * nothing, so a prepared workbook that Excel was too busy to read at first still opens on
 * Dækning once it can be read. After that only the user moves it, so creating the sheets does
 * not whisk them away from the result.
 */
export function usePaneTab(state: WorkbookState): [PartId, (part: PartId) => void] {
  const [tab, setTab] = useState<PartId>('start');
  const decided = useRef(false);
  const read = state.view !== null;
  const complete = state.view?.parts.complete === true;

  useEffect(() => {
    if (decided.current || !read) return;
    decided.current = true;
    if (complete) setTab('coverage');
  }, [complete, read]);

  const choose = (part: PartId) => {
    decided.current = true;
    setTab(part);
  };
  return [tab, choose];
}
