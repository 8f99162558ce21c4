/**
 * @jest-environment jsdom
 *
 * Where the pane opens (usePaneTab): decided by the first good read, in the very render that
 * read arrives in, so a prepared workbook never passes through Kom i gang (nor loads its code).
 */
import { act, renderHook } from '@testing-library/react';
import { PartId } from '../../src/taskpane/components/partProps';
import { usePaneTab } from '../../src/taskpane/hooks/usePaneTab';
import { WorkbookState } from '../../src/taskpane/hooks/useWorkbook';

/** A read's state: no view (not read, or the read failed), or a view with or without our sheets. */
function state(read: 'none' | 'fresh' | 'prepared'): WorkbookState {
  const view = read === 'none' ? null : { parts: { complete: read === 'prepared' } };
  return { view, loaded: read !== 'none' } as unknown as WorkbookState;
}

function paneTab(initial: WorkbookState) {
  const rendered: PartId[] = [];
  const hook = renderHook(
    ({ workbook }: { workbook: WorkbookState }) => {
      const result = usePaneTab(workbook);
      rendered.push(result[0]);
      return result;
    },
    { initialProps: { workbook: initial } },
  );
  return { ...hook, rendered };
}

describe('usePaneTab', () => {
  it('opens a prepared workbook on Dækning in the render its first read arrives in', () => {
    const { result, rerender, rendered } = paneTab(state('none'));
    expect(result.current[0]).toBe('start');
    const before = rendered.length;
    rerender({ workbook: state('prepared') });
    expect(rendered.slice(before)).not.toContain('start');
    expect(result.current[0]).toBe('coverage');
  });

  it('opens a new workbook on Kom i gang and stays there once the sheets are created', () => {
    const { result, rerender } = paneTab(state('fresh'));
    expect(result.current[0]).toBe('start');
    rerender({ workbook: state('prepared') });
    expect(result.current[0]).toBe('start');
  });

  it('lets a failed read decide nothing, and the next good read decide', () => {
    const { result, rerender } = paneTab(state('none'));
    rerender({ workbook: state('none') });
    expect(result.current[0]).toBe('start');
    rerender({ workbook: state('prepared') });
    expect(result.current[0]).toBe('coverage');
  });

  it('follows the user after that, whatever later reads say', () => {
    const { result, rerender } = paneTab(state('prepared'));
    act(() => result.current[1]('people'));
    expect(result.current[0]).toBe('people');
    rerender({ workbook: state('fresh') });
    expect(result.current[0]).toBe('people');
  });

  it('keeps a choice the user made before the first read', () => {
    const { result, rerender } = paneTab(state('none'));
    act(() => result.current[1]('status'));
    rerender({ workbook: state('prepared') });
    expect(result.current[0]).toBe('status');
  });
});
