import { useEffect, useRef } from 'react';
import { useAnnounce } from '@fluentui/react-components';
import { Coverage } from '../../core/coverage';
import {
  CoverageSummary,
  coverageAnnouncement,
  coverageSummary,
} from '../model/coverageAnnouncement';
import { useText } from '../text';

/**
 * Says "3 af 12 områder dækket – IKKE KLAR" through the app's AriaLiveAnnouncer when the
 * verdict or the number of covered areas changes, whoever changed it: the user in the pane
 * or anyone in the workbook. Said once per change; a burst of changes says only the last.
 */
export function useCoverageAnnouncement(coverage: Coverage | null | undefined): void {
  const text = useText();
  const { announce } = useAnnounce();
  const last = useRef<CoverageSummary | null>(null);
  useEffect(() => {
    let summary: CoverageSummary | null;
    try {
      summary = coverageSummary(coverage);
    } catch {
      // A view the parts cannot render: the part's error boundary says so. Outside any part,
      // this hook must not take the tabs down with it.
      summary = null;
    }
    const said = coverageAnnouncement(last.current, summary);
    last.current = summary;
    if (said) announce(text(said.key, said.params), { polite: true, batchId: 'coverage' });
  }, [coverage, announce, text]);
}
