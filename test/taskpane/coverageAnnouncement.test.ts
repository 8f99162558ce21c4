import { t } from '../../src/core/i18n';
import {
  CoverageSummary,
  coverageAnnouncement,
  coverageSummary,
} from '../../src/taskpane/model/coverageAnnouncement';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { demoPeople } from '../../src/core/demo';
import { planSuggestions } from '../../src/core/suggestions';

const summary = (covered: number, total: number, ready = false): CoverageSummary => ({
  covered,
  total,
  ready,
});

const spoken = (before: CoverageSummary | null, after: CoverageSummary | null) => {
  const said = coverageAnnouncement(before, after);
  return said && t('da', said.key, said.params);
};

describe('what the pane says aloud when the coverage changes', () => {
  it('says the new count and verdict when an area becomes covered', () => {
    expect(spoken(summary(2, 12), summary(3, 12))).toBe('3 af 12 områder dækket – IKKE KLAR');
  });

  it('says so when an area loses its coverage', () => {
    expect(spoken(summary(3, 12), summary(2, 12))).toBe('2 af 12 områder dækket – IKKE KLAR');
  });

  it('says KLAR when the verdict turns, even if the count stays (a required role was filled)', () => {
    expect(spoken(summary(12, 12, false), summary(12, 12, true))).toBe(
      '12 af 12 områder dækket – KLAR',
    );
    expect(spoken(summary(12, 12, true), summary(12, 12, false))).toBe(
      '12 af 12 områder dækket – IKKE KLAR',
    );
  });

  it('says nothing for an edit that changes neither the verdict nor the count', () => {
    expect(coverageAnnouncement(summary(3, 12), summary(3, 12))).toBeNull();
    // An area added or removed with the same number covered is no news either.
    expect(coverageAnnouncement(summary(3, 12), summary(3, 13))).toBeNull();
  });

  it('says nothing on the first load, nor when the coverage goes away', () => {
    expect(coverageAnnouncement(null, summary(3, 12))).toBeNull();
    expect(coverageAnnouncement(summary(3, 12), null)).toBeNull();
    expect(coverageAnnouncement(null, null)).toBeNull();
  });

  it('speaks the pane’s language', () => {
    const said = coverageAnnouncement(summary(2, 12), summary(3, 12))!;
    expect(t('en', said.key, said.params)).toBe('3 of 12 areas covered – NOT READY');
  });

  it('reads the summary off the coverage the engine computes', () => {
    const { coverage } = analyseTables(
      planTables(newWorkbookPlan('da', demoPeople('da'), new Date(2026, 0, 1)).plan),
      planSuggestions,
    );
    expect(coverageSummary(coverage)).toEqual({
      ready: coverage.ready,
      covered: coverage.coveredCount,
      total: coverage.areas.length,
    });
    expect(coverageSummary(null)).toBeNull();
  });
});
