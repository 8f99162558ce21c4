/**
 * The last line of defence: an exception no action caught, or a promise nobody awaited,
 * becomes a message bar instead of a blank pane or an unhandled rejection in the console.
 * Components read it with useUnexpectedError(); index.tsx installs the window listeners.
 */
import { useSyncExternalStore } from 'react';

type Listener = () => void;

let current: number = 0;
const listeners = new Set<Listener>();

/** Records an unexpected failure. The detail goes to the console for support, never to the UI. */
export function reportUnexpected(error: unknown): void {
  console.error('[organisering] unexpected error', error);
  current += 1;
  listeners.forEach((listener) => listener());
}

export function dismissUnexpected(): void {
  current = 0;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many unexpected failures happened since the last dismissal; 0 when none. */
export function useUnexpectedError(): number {
  return useSyncExternalStore(subscribe, () => current);
}

/** Catches what escapes React and the actions: rejected promises and uncaught errors. */
export function installGuards(target: Window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    reportUnexpected(event.reason);
  };
  const onError = (event: ErrorEvent) => {
    // Errors from scripts of other origins carry no detail and are not ours to show.
    if (!event.error) return;
    event.preventDefault();
    reportUnexpected(event.error);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
