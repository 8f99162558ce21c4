import { useEffect } from 'react';
import { AnnounceContextValue, useAriaLiveAnnouncer_unstable } from '@fluentui/react-components';

/**
 * Fluent's AriaLiveAnnouncer without its provider: it hands its announce function to the
 * Announcer, which already provides the context the pane speaks through.
 */
export function FluentAnnouncer({
  onReady,
}: {
  onReady(announce: AnnounceContextValue['announce']): void;
}) {
  const { announce } = useAriaLiveAnnouncer_unstable({ children: null });
  // Declared after Fluent's own effects, so its live region exists when the queue is said.
  useEffect(() => onReady(announce), [announce, onReady]);
  return null;
}
