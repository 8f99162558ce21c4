import fc from 'fast-check';
import { AreaStatus, analyse } from '../../src/core/coverage';
import { readModel } from '../../src/core/model';
import {
  Missing,
  leadNames,
  missingByArea,
  missingFor,
  missingText,
  nothingMissing,
  whoLeadsText,
} from '../../src/core/missing';
import {
  FINANCE,
  LIBRARY,
  PHASE_1,
  PHASE_2,
  PHASE_3,
  AreaRule,
  catalogueWith,
  person,
  tablesFor,
} from '../support/fixtures';
import { PersonInput } from '../../src/core/planMatrix';
import { worldArb, worldTables } from '../support/randomPlanWorld';

const ID = 'PSRM';

function missingOf(rule: AreaRule, people: PersonInput[]): Missing {
  return missingByArea(readModel(tablesFor(catalogueWith([rule]), people)))[0];
}

const NOTHING: Missing = { lead: false, covers: 0, onTime: false, parties: [] };

describe('what is missing', () => {
  it('is nothing for a covered area', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'D' })];
    expect(missingOf({ id: ID }, people)).toEqual(NOTHING);
  });

  it('lists every unmet requirement, not only the first', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'D' }, PHASE_3)];
    expect(missingOf({ id: ID, neededFrom: PHASE_2, min: 3 }, people)).toEqual({
      lead: true,
      covers: 2,
      onTime: true,
      parties: ['finance'],
    });
  });

  it('asks for one covering person when nobody covers, whatever the minimum', () => {
    expect(missingOf({ id: ID, min: 0, needsLead: false, bothParties: false }, [])).toEqual({
      ...NOTHING,
      covers: 1,
    });
    expect(missingOf({ id: ID, min: null, bothParties: false }, [])).toMatchObject({ covers: 2 });
  });

  it('names both parties, library first, when nobody holds a code', () => {
    const people = [
      person('Ida', LIBRARY, { [ID]: 'x' }),
      person('Pia', 'Projektleder', { [ID]: 'A' }),
    ];
    expect(missingOf({ id: ID, min: 1 }, people).parties).toEqual(['library', 'finance']);
  });

  it('counts a gatherer for its party', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'I' })];
    expect(missingOf({ id: ID, min: 1 }, people)).toEqual(NOTHING);
  });

  it('is not late when nobody covers: then the coverers are missing', () => {
    const people = [person('Ida', LIBRARY, { [ID]: 'I' }, PHASE_3)];
    expect(missingOf({ id: ID, neededFrom: PHASE_2 }, people).onTime).toBe(false);
  });

  it('sets no deadline for an area needed from a blank or unknown phase, as the status does', () => {
    const late = [
      person('Lea', LIBRARY, { [ID]: 'A' }, PHASE_3),
      person('Otto', FINANCE, { [ID]: 'D' }, PHASE_3),
    ];
    expect(missingOf({ id: ID, neededFrom: null }, late)).toEqual(NOTHING);
    expect(missingOf({ id: ID, neededFrom: 'Fase 9' }, late)).toEqual(NOTHING);
    expect(missingOf({ id: ID, neededFrom: PHASE_1 }, late).onTime).toBe(true);
  });

  it('rounds a fractional minimum up, and never meets a minimum that is text', () => {
    const base = {
      leads: 1,
      onTime: 1,
      library: 1,
      finance: 1,
      needsLead: true,
      bothParties: true,
    };
    expect(missingFor({ ...base, covers: 1, minPeople: 1.5 }).covers).toBe(1);
    expect(missingFor({ ...base, covers: 2, minPeople: 1.5 }).covers).toBe(0);
    expect(missingFor({ ...base, covers: 5, minPeople: 'to' }).covers).toBe(1);
    expect(missingFor({ ...base, covers: 2, minPeople: -3 }).covers).toBe(0);
  });
});

describe('the text of what is missing', () => {
  const all: Missing = { lead: true, covers: 2, onTime: true, parties: ['library', 'finance'] };

  it('joins the pieces in order with " · " in Danish', () => {
    expect(missingText('da', all, PHASE_2)).toBe(
      'ansvarlig · 2 der dækker · en der er med fra Fase 2: Forberedelse · en fra Bibliotek · en fra Økonomi',
    );
    expect(
      missingText('da', { ...NOTHING, lead: true, covers: 1, parties: ['finance'] }, null),
    ).toBe('ansvarlig · 1 der dækker · en fra Økonomi');
  });

  it('joins the pieces in order with " · " in English', () => {
    expect(missingText('en', all, 'Phase 2: Preparation')).toBe(
      'a lead · 2 covering · someone involved from Phase 2: Preparation · someone from Library · someone from Finance',
    );
  });

  it('is blank when nothing is missing', () => {
    expect(missingText('da', NOTHING, PHASE_2)).toBe('');
  });
});

describe('who leads', () => {
  const leadsOf = (people: PersonInput[]) =>
    leadNames(readModel(tablesFor(catalogueWith([{ id: ID }]), people)))[0];

  it("is the lead's name when there is exactly one", () => {
    expect(
      leadsOf([person('Lea', LIBRARY, { [ID]: 'a' }), person('Otto', FINANCE, { [ID]: 'D' })]),
    ).toBe('Lea');
    expect(whoLeadsText('da', 1, 'Lea')).toBe('Lea');
  });

  it('is a count when several lead, and blank when none', () => {
    const two = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'A' })];
    expect(leadsOf(two)).toBeNull();
    expect(leadsOf([person('Otto', FINANCE, { [ID]: 'D' })])).toBeNull();
    expect(whoLeadsText('da', 2, null)).toBe('2 ansvarlige');
    expect(whoLeadsText('en', 3, null)).toBe('3 leads');
    expect(whoLeadsText('da', 0, null)).toBe('');
  });

  it('does not count a lead row without a name', () => {
    expect(
      leadsOf([person(null, LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'A' })]),
    ).toBe('Otto');
  });
});

describe('what is missing agrees with the status', () => {
  const agrees: Record<AreaStatus, (m: Missing) => boolean> = {
    not_covered: (m) => m.covers > 0,
    no_lead: (m) => m.lead,
    late: (m) => m.onTime && !m.lead,
    one_sided: (m) => m.parties.length > 0 && !m.lead && !m.onTime,
    fragile: (m) => m.covers > 0 && !m.lead && !m.onTime && m.parties.length === 0,
    covered: nothingMissing,
  };

  it('is Dækket exactly when nothing is missing, and names the status its first rule', () => {
    fc.assert(
      fc.property(worldArb(), (world) => {
        const model = readModel(worldTables(world));
        const coverage = analyse(model);
        const missing = missingByArea(model);
        coverage.areas.forEach((area, a) => {
          expect([area.id, area.status === 'covered']).toEqual([
            area.id,
            nothingMissing(missing[a]),
          ]);
          expect([area.id, area.status, agrees[area.status](missing[a])]).toEqual([
            area.id,
            area.status,
            true,
          ]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
