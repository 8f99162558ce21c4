import { startTransition, useEffect, useState } from 'react';

/**
 * How many items of a long list to render: at first only `first`, enough to fill the pane's
 * first screen, then, once that is painted, all of them. The items below the fold come in a
 * transition, which React renders in slices between the browser's frames, so the list shows
 * sooner and stays responsive while the rest arrives. After that the list renders whole.
 */
export function useFirstScreen(total: number, first: number): number {
  const [whole, setWhole] = useState(total <= first);
  useEffect(() => {
    if (whole) return;
    startTransition(() => setWhole(true));
  }, [whole]);
  return whole ? total : Math.min(total, first);
}
