import { ReactNode, Suspense, lazy, useCallback, useMemo, useRef } from 'react';
import { AnnounceContextValue, AnnounceProvider } from '@fluentui/react-components';
import { useAfterFirstScreen } from './hooks/useFirstScreen';

type Announce = AnnounceContextValue['announce'];

/**
 * Fluent's AriaLiveAnnouncer (document.ariaNotify where the browser has it, else a live
 * region) costs about 1.3 KB gzip, more than the first screen's script has to spare. It
 * loads in its own chunk once the pane's first screen is committed; until then, what the
 * pane announces (Fluent's MessageBar and the coverage summary speak through this context)
 * waits in a queue.
 */
const FluentAnnouncer = lazy(() =>
  import(/* webpackChunkName: "announcer" */ './FluentAnnouncer').then(
    (m) => ({ default: m.FluentAnnouncer }),
    // Without the chunk the pane still works; it only stays silent.
    () => ({ default: () => null }),
  ),
);

export function Announcer({ children }: { children: ReactNode }) {
  const real = useRef<Announce | null>(null);
  const waiting = useRef<Parameters<Announce>[]>([]);
  const value = useMemo<AnnounceContextValue>(
    () => ({
      announce: (...args) => {
        if (real.current) real.current(...args);
        else waiting.current.push(args);
      },
    }),
    [],
  );
  const onReady = useCallback((announce: Announce) => {
    real.current = announce;
    waiting.current.splice(0).forEach((args) => announce(...args));
  }, []);
  const afterFirstScreen = useAfterFirstScreen();
  return (
    <AnnounceProvider value={value}>
      {children}
      {afterFirstScreen && (
        <Suspense fallback={null}>
          <FluentAnnouncer onReady={onReady} />
        </Suspense>
      )}
    </AnnounceProvider>
  );
}
