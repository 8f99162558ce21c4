import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { demoPeople } from '../../src/core/demo';
import { planSuggestions } from '../../src/core/suggestions';
import { codeResultMessage, reverseChanges } from '../../src/taskpane/model/messages';
import { coverageCards } from '../../src/taskpane/model/coverageCards';

describe('Dækning’s cards', () => {
  const analysis = analyseTables(
    planTables(newWorkbookPlan('da', demoPeople('da'), new Date(2026, 0, 1)).plan),
    planSuggestions,
  );

  it('puts gaps first, each with what is missing in words and its own suggestions', () => {
    const cards = coverageCards(analysis, 'da');
    expect(cards).toHaveLength(analysis.coverage.areas.length);
    const firstCovered = cards.findIndex((c) => c.area.status === 'covered');
    if (firstCovered >= 0)
      expect(cards.slice(firstCovered).every((c) => c.area.status === 'covered')).toBe(true);
    for (const card of cards) {
      expect(card.missingText === '').toBe(card.area.status === 'covered');
      for (const s of card.codes) expect(s.area).toBe(card.area.id);
    }
    expect(cards.some((c) => c.codes.length > 0)).toBe(true);
  });

  it('speaks the pane’s language for what is missing', () => {
    const gap = coverageCards(analysis, 'en').find((c) => c.missingText !== '')!;
    expect(gap.missingText).toMatch(/lead|covering|someone/);
  });
});

describe('the message after applying suggestions', () => {
  const change = { area: 'PSRM', row: 0, from: 'I', to: 'A' };

  it('offers to undo what was written, reversed', () => {
    const undo = jest.fn();
    const message = codeResultMessage({ applied: [change], refused: [] }, false, undo);
    expect(message.intent).toBe('success');
    message.action!.run();
    expect(undo).toHaveBeenCalledWith(reverseChanges([change]));
    expect(reverseChanges([change])).toEqual([{ area: 'PSRM', row: 0, from: 'A', to: 'I' }]);
  });

  it('warns when a co-author changed a cell first, and offers no undo for nothing written', () => {
    const message = codeResultMessage({ applied: [], refused: [change] }, false, jest.fn());
    expect(message.intent).toBe('warning');
    expect(message.lines[0].key).toBe('pane.plan.refused.one');
    expect(message.action).toBeUndefined();
  });
});
