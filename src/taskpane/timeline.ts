/**
 * Marks on the browser's performance timeline, where the bench (and a developer's profiler)
 * can see how the pane's start is spent: the bundle has run, Office is ready, the first read
 * is in, the pane's first render is in the document.
 */
export type StartMark = 'script' | 'office' | 'read' | 'render';

export const START_MARK_PREFIX = 'organisering:';

export function markStart(name: StartMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`${START_MARK_PREFIX}${name}`);
}
