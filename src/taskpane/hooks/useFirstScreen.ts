import { startTransition, useEffect, useState } from 'react';

/**
 * False while a component renders its first screen, true from the render after that is
 * committed. What the first screen does not need (the cards below the fold, sections that
 * load a chunk of their own) waits for it: the first render stays light, and starting a
 * chunk's download inside it costs it time too. The second render is a transition, which
 * React renders in slices between the browser's frames, so the pane stays responsive.
 */
export function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}
