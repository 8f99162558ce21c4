import { ComponentType, lazy } from 'react';

export interface LazyPart<P extends object> {
  (props: P): JSX.Element;
  /** Starts loading the chunk now, e.g. when the browser is idle, so opening it is instant. */
  preload(): void;
}

/**
 * React.lazy for a part the first screen does not need, with two additions: preload(), and
 * retry after a failed chunk load. React.lazy remembers a rejected import for good, so after
 * a failure (a flaky network in Excel on the web) the next render starts a fresh import,
 * which the error boundary's "Prøv igen" triggers.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = make();
          throw error;
        },
      ),
    );
  let current = make();
  const Part = (props: P) => {
    // LazyExoticComponent's props type loses P's generic shape; it renders P all the same.
    const Current = current as unknown as ComponentType<P>;
    return <Current {...props} />;
  };
  Part.preload = () => {
    load().catch(() => undefined);
  };
  return Part;
}
