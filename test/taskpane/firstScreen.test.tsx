/**
 * useFirstScreen: a long list renders its first screen first and the rest once that is
 * committed; a short list, or one already whole, renders at once.
 */
import { act, render } from '@testing-library/react';
import { useFirstScreen } from '../../src/taskpane/hooks/useFirstScreen';

function List({ total, counts }: { total: number; counts: number[] }) {
  const shown = useFirstScreen(total, 5);
  counts.push(shown);
  return <p>{shown}</p>;
}

describe('rendering a long list’s first screen first', () => {
  it('renders five items, then all of them', async () => {
    const counts: number[] = [];
    const view = render(<List total={13} counts={counts} />);
    await act(async () => undefined);
    expect(counts[0]).toBe(5);
    expect(counts.at(-1)).toBe(13);
    expect(view.container.textContent).toBe('13');
  });

  it('renders a short list whole at once', async () => {
    const counts: number[] = [];
    render(<List total={4} counts={counts} />);
    await act(async () => undefined);
    expect(new Set(counts)).toEqual(new Set([4]));
  });

  it('stays whole when the list grows after its first screen', async () => {
    const counts: number[] = [];
    const view = render(<List total={13} counts={counts} />);
    await act(async () => undefined);
    view.rerender(<List total={20} counts={counts} />);
    expect(counts.at(-1)).toBe(20);
  });
});
