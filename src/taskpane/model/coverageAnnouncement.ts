import { Coverage } from '../../core/coverage';
import { MessageKey, MessageParams } from '../../core/i18n';

/** What a screen reader needs of the coverage: the verdict and "n af m områder dækket". */
export interface CoverageSummary {
  ready: boolean;
  covered: number;
  total: number;
}

export function coverageSummary(coverage: Coverage | null | undefined): CoverageSummary | null {
  if (!coverage) return null;
  return { ready: coverage.ready, covered: coverage.coveredCount, total: coverage.areas.length };
}

/**
 * The summary worth saying aloud when the coverage went from `before` to `after`: only when
 * the verdict or the number of covered areas changed. Nothing when the pane first learns the
 * coverage (there was none before) or loses it (the sheets are gone: the pane says so itself),
 * and nothing for the many edits that change neither.
 */
export function coverageAnnouncement(
  before: CoverageSummary | null,
  after: CoverageSummary | null,
): { key: MessageKey; params: MessageParams } | null {
  if (!before || !after) return null;
  if (before.ready === after.ready && before.covered === after.covered) return null;
  return {
    key: after.ready ? 'pane.coverage.announceReady' : 'pane.coverage.announceNotReady',
    params: { covered: after.covered, total: after.total },
  };
}
