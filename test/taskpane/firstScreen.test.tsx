/**
 * useAfterFirstScreen: false in a component's first render, true from the render after it
 * is committed, and true from then on.
 */
import { act, render } from '@testing-library/react';
import { useAfterFirstScreen } from '../../src/taskpane/hooks/useFirstScreen';

function Probe({ seen, label }: { seen: boolean[]; label: string }) {
  const after = useAfterFirstScreen();
  seen.push(after);
  return <p>{`${label} ${after}`}</p>;
}

describe('what waits for the first screen', () => {
  it('is left out of the first render and rendered once that is committed', async () => {
    const seen: boolean[] = [];
    const view = render(<Probe seen={seen} label="a" />);
    await act(async () => undefined);
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(view.container.textContent).toBe('a true');
  });

  it('stays rendered when the component renders again', async () => {
    const seen: boolean[] = [];
    const view = render(<Probe seen={seen} label="a" />);
    await act(async () => undefined);
    seen.length = 0;
    view.rerender(<Probe seen={seen} label="b" />);
    expect(seen).toEqual([true]);
    expect(view.container.textContent).toBe('b true');
  });
});
