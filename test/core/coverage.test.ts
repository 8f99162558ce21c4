import { decideStatus } from '../../src/core/coverage';
import {
  FINANCE,
  LIBRARY,
  NO_PARTY,
  PHASE_1,
  PHASE_2,
  PHASE_3,
  areaOf,
  catalogueWith,
  coverageOf,
  coveredPair,
  person,
} from '../support/fixtures';

const ID = 'PSRM';

describe('area status', () => {
  it('is covered with a lead, enough coverers, both parties and everyone on time', () => {
    expect(areaOf({ id: ID }, coveredPair(ID)).status).toBe('covered');
  });

  it('is not covered when nobody covers, even with gatherers and invalid codes', () => {
    const area = areaOf({ id: ID }, [
      person('Ida', LIBRARY, { [ID]: 'I' }),
      person('Bo', FINANCE, { [ID]: 'x' }),
    ]);
    expect(area).toMatchObject({ status: 'not_covered', covers: 0, gatherers: 1, invalid: 1 });
  });

  it('lacks a lead when the area needs one and only coverers take part', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'D' }), person('Otto', FINANCE, { [ID]: 'D' })];
    expect(areaOf({ id: ID }, people).status).toBe('no_lead');
    expect(areaOf({ id: ID, needsLead: false }, people).status).toBe('covered');
  });

  it('is late when every covering person joins after the needed phase', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }, PHASE_3),
      person('Otto', FINANCE, { [ID]: 'D' }, PHASE_3),
    ];
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, people)).toMatchObject({
      status: 'late',
      onTime: 0,
    });
  });

  it('is one-sided when both parties are needed and one is missing', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Lis', LIBRARY, { [ID]: 'D' })];
    expect(areaOf({ id: ID }, people)).toMatchObject({
      status: 'one_sided',
      library: 2,
      finance: 0,
    });
    expect(areaOf({ id: ID, bothParties: false }, people).status).toBe('covered');
  });

  it('is fragile when fewer people cover it than the minimum', () => {
    expect(areaOf({ id: ID, min: 3 }, coveredPair(ID))).toMatchObject({
      status: 'fragile',
      covers: 2,
    });
  });

  it('takes a blank minimum as 2', () => {
    const lone = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'I' })];
    expect(areaOf({ id: ID, min: null }, lone).status).toBe('fragile');
    expect(areaOf({ id: ID, min: null }, coveredPair(ID)).status).toBe('covered');
  });

  it('compares a minimum that is text as Excel does: a count is always less than text', () => {
    expect(areaOf({ id: ID, min: 'to' }, coveredPair(ID)).status).toBe('fragile');
  });

  describe('precedence: the first status that applies wins', () => {
    const base = {
      covers: 2,
      leads: 1,
      onTime: 2,
      library: 1,
      finance: 1,
      needsLead: true,
      bothParties: true,
      minPeople: 2,
    };
    it.each([
      [
        'not_covered over everything',
        { covers: 0, leads: 0, onTime: 0, library: 0, finance: 0 },
        'not_covered',
      ],
      [
        'no_lead over late, one-sided and fragile',
        { leads: 0, onTime: 0, finance: 0, minPeople: 5 },
        'no_lead',
      ],
      ['late over one-sided and fragile', { onTime: 0, finance: 0, minPeople: 5 }, 'late'],
      ['one-sided over fragile', { finance: 0, minPeople: 5 }, 'one_sided'],
      ['fragile over covered', { minPeople: 5 }, 'fragile'],
      ['covered when nothing else applies', {}, 'covered'],
    ])('%s', (_name, change, expected) => {
      expect(decideStatus({ ...base, ...change })).toBe(expected);
    });
  });
});

describe('code matching', () => {
  it('ignores case: a counts as A', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'a' }), person('Otto', FINANCE, { [ID]: 'd' })];
    expect(areaOf({ id: ID }, people)).toMatchObject({
      status: 'covered',
      leads: 1,
      covers: 2,
      invalid: 0,
    });
  });

  it('is otherwise exact: " A" with a space is invalid', () => {
    const area = areaOf({ id: ID }, [person('Lea', LIBRARY, { [ID]: ' A' }), ...coveredPair(ID)]);
    expect(area).toMatchObject({ leads: 1, covers: 2, invalid: 1 });
  });

  it('treats x, a number and a date as invalid', () => {
    const people = [
      person('X', LIBRARY, { [ID]: 'x' }),
      person('N', LIBRARY, { [ID]: 1 }),
      person('D', FINANCE, { [ID]: new Date(Date.UTC(2026, 0, 1)) }),
    ];
    expect(areaOf({ id: ID }, people)).toMatchObject({
      covers: 0,
      invalid: 3,
      status: 'not_covered',
    });
  });

  it('counts leads among coverers, and gatherers apart', () => {
    const people = [...coveredPair(ID), person('Ida', NO_PARTY, { [ID]: 'I' })];
    expect(areaOf({ id: ID }, people)).toMatchObject({ leads: 1, covers: 2, gatherers: 1 });
  });

  it('ignores rows without a name', () => {
    const people = [
      ...coveredPair(ID),
      person(null, LIBRARY, { [ID]: 'A' }),
      person('', FINANCE, { [ID]: 'x' }),
    ];
    expect(areaOf({ id: ID }, people)).toMatchObject({ leads: 1, covers: 2, invalid: 0 });
  });
});

describe('phase order', () => {
  const pair = (phase: string | null) => [
    person('Lea', LIBRARY, { [ID]: 'A' }, phase),
    person('Otto', FINANCE, { [ID]: 'D' }, phase),
  ];

  it('counts a blank phase as on time', () => {
    expect(areaOf({ id: ID }, pair(null))).toMatchObject({ onTime: 2, status: 'covered' });
  });

  it('counts an earlier or the same phase as on time, a later one as late', () => {
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, pair(PHASE_1)).onTime).toBe(2);
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, pair(PHASE_2)).onTime).toBe(2);
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, pair(PHASE_3)).onTime).toBe(0);
  });

  it('matches phases ignoring case', () => {
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, pair(PHASE_3.toUpperCase())).status).toBe(
      'late',
    );
  });

  it('counts a phase that is not in the list as on time (and the findings name it)', () => {
    expect(areaOf({ id: ID, neededFrom: PHASE_2 }, pair('Fase 9: Senere')).status).toBe('covered');
  });

  it('sets no deadline when the area needs a blank or unknown phase', () => {
    expect(areaOf({ id: ID, neededFrom: null }, pair(PHASE_3)).status).toBe('covered');
    expect(areaOf({ id: ID, neededFrom: 'Fase 0' }, pair(PHASE_3)).status).toBe('covered');
  });

  it('is on time when one coverer of several is on time', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }, PHASE_3),
      person('Otto', FINANCE, { [ID]: 'D' }, PHASE_1),
    ];
    expect(areaOf({ id: ID }, people)).toMatchObject({ onTime: 1, status: 'covered' });
  });

  it('does not count a gatherer as on time', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }, PHASE_3),
      person('Otto', FINANCE, { [ID]: 'D' }, PHASE_3),
      person('Ida', FINANCE, { [ID]: 'I' }, PHASE_1),
    ];
    expect(areaOf({ id: ID }, people).status).toBe('late');
  });
});

describe('both parties', () => {
  it('does not count a role with no party for either side', () => {
    const people = [person('Lea', LIBRARY, { [ID]: 'A' }), person('Pia', NO_PARTY, { [ID]: 'D' })];
    expect(areaOf({ id: ID }, people)).toMatchObject({
      status: 'one_sided',
      library: 1,
      finance: 0,
    });
  });

  it('does not count an unknown role for either side', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }),
      person('Kim', 'Konsulent', { [ID]: 'D' }),
    ];
    expect(areaOf({ id: ID }, people).status).toBe('one_sided');
  });

  it('counts a party involved only through an I code', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }),
      person('Lis', LIBRARY, { [ID]: 'D' }),
      person('Otto', FINANCE, { [ID]: 'I' }),
    ];
    expect(areaOf({ id: ID }, people)).toMatchObject({ status: 'covered', finance: 1 });
  });

  it('does not count a party whose only code is invalid', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }),
      person('Lis', LIBRARY, { [ID]: 'D' }),
      person('Otto', FINANCE, { [ID]: 'q' }),
    ];
    expect(areaOf({ id: ID }, people).status).toBe('one_sided');
  });

  it('matches roles ignoring case', () => {
    const people = [
      person('Lea', LIBRARY.toLowerCase(), { [ID]: 'A' }),
      person('Otto', FINANCE.toUpperCase(), { [ID]: 'D' }),
    ];
    expect(areaOf({ id: ID }, people).status).toBe('covered');
  });
});

describe('roles and the verdict', () => {
  const catalogue = catalogueWith([{ id: ID }]);
  const team = [
    person('Lea', 'Biblioteksmedarbejder', { [ID]: 'A' }),
    person('Otto', 'Økonomi-/debitormedarbejder', { [ID]: 'D' }),
    person('Pia', 'Projektleder', {}),
    person('Per', 'projektejer', {}),
    person('Kaj', 'ØiR-koordinator', {}),
  ];

  it('counts the named people in each role, ignoring case', () => {
    const roles = coverageOf(catalogue, [...team, person(null, 'Projektleder', {})]).roles;
    expect(roles.find((r) => r.role === 'Projektejer')).toEqual({
      role: 'Projektejer',
      required: true,
      count: 1,
    });
    expect(roles.find((r) => r.role === 'Projektleder')?.count).toBe(1);
    expect(roles.find((r) => r.role === 'Borgerservice')).toEqual({
      role: 'Borgerservice',
      required: false,
      count: 0,
    });
  });

  it('is ready when every area is covered and every required role is filled', () => {
    expect(coverageOf(catalogue, team).ready).toBe(true);
  });

  it('is not ready when a required role is missing', () => {
    expect(
      coverageOf(
        catalogue,
        team.filter((p) => p.role !== 'ØiR-koordinator'),
      ).ready,
    ).toBe(false);
  });

  it('is not ready when an area is not covered', () => {
    expect(coverageOf(catalogueWith([{ id: ID }, { id: 'KOMM' }]), team).ready).toBe(false);
  });

  it('is not ready with no areas at all', () => {
    expect(coverageOf(catalogueWith([]), team).ready).toBe(false);
  });
});
