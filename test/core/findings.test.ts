import { Finding, FindingTopic, firstInOrder } from '../../src/core/findings';
import { t } from '../../src/core/i18n';
import { readModel } from '../../src/core/model';
import { collectFindings } from '../../src/core/findings';
import {
  FINANCE,
  LIBRARY,
  catalogueWith,
  coveredPair,
  findingsOf,
  person,
  tablesFor,
} from '../support/fixtures';

const ID = 'PSRM';
const one = catalogueWith([{ id: ID }]);

function ofTopic(findings: Finding[], topic: FindingTopic): Finding[] {
  return findings.filter((f) => f.topic === topic);
}

describe('findings', () => {
  it('reports nothing for a clean matrix', () => {
    expect(findingsOf(one, coveredPair(ID))).toEqual([]);
  });

  it('names an invalid value with its cell address and a hint', () => {
    const [finding] = ofTopic(
      findingsOf(one, [...coveredPair(ID), person('Ib', LIBRARY, { [ID]: 'x' })]),
      'invalid',
    );
    // Matrix: header on row 5, Ib is the third data row (row 8); PSRM is the 8th column (H).
    expect(finding).toMatchObject({
      severity: 'error',
      target: { sheet: 'Matrix', row: 7, col: 7 },
    });
    expect(finding.message).toContain('Matrix!H8');
    expect(finding.message).toContain(t('da', 'finding.invalid.hintUnknown', { codes: 'A, D, I' }));
  });

  it('says "extra space" for a space-padded code', () => {
    const [finding] = ofTopic(findingsOf(one, [person('Ib', LIBRARY, { [ID]: ' A' })]), 'invalid');
    expect(finding.message).toContain(t('da', 'finding.invalid.hintSpace'));
  });

  it('says a number or a date stands where a code belongs', () => {
    const findings = ofTopic(
      findingsOf(one, [
        person('Ib', LIBRARY, { [ID]: 3 }),
        person('Bo', FINANCE, { [ID]: new Date(Date.UTC(2026, 1, 1)) }),
      ]),
      'invalid',
    );
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.message).toContain(t('da', 'finding.invalid.hintNumber'));
  });

  it('flags duplicate names, ignoring case and surrounding spaces', () => {
    const findings = ofTopic(
      findingsOf(one, [...coveredPair(ID), person('lea bib ', LIBRARY, { [ID]: 'D' })]),
      'duplicateName',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
  });

  it('flags a row with codes but no name', () => {
    const [finding] = ofTopic(
      findingsOf(one, [...coveredPair(ID), person(null, LIBRARY, { [ID]: 'A' })]),
      'codesWithoutName',
    );
    expect(finding.target).toEqual({ sheet: 'Matrix', row: 7, col: 0 });
  });

  it('names a person who has no area at all', () => {
    const findings = ofTopic(
      findingsOf(one, [...coveredPair(ID), person('Pia', 'Projektleder', {})]),
      'personWithoutArea',
    );
    expect(findings.map((f) => f.message)).toEqual([
      t('da', 'finding.personWithoutArea', { name: 'Pia' }),
    ]);
  });

  it('counts a person whose only code is invalid as having no area', () => {
    const findings = findingsOf(one, [
      ...coveredPair(ID),
      person('Pia', 'Projektleder', { [ID]: 'q' }),
    ]);
    expect(ofTopic(findings, 'personWithoutArea')).toHaveLength(1);
  });

  it('flags roles and phases that are not in the lists', () => {
    const findings = findingsOf(one, [
      ...coveredPair(ID),
      person('Kim', 'Konsulent', { [ID]: 'D' }, 'Fase 9'),
    ]);
    expect(ofTopic(findings, 'unknownRole')).toHaveLength(1);
    expect(ofTopic(findings, 'unknownPhase')).toHaveLength(1);
  });

  it('flags an area needed from a phase that is not in the list', () => {
    const findings = findingsOf(catalogueWith([{ id: ID, neededFrom: 'Senere' }]), coveredPair(ID));
    expect(ofTopic(findings, 'unknownPhase')[0].message).toBe(
      t('da', 'finding.unknownNeededPhase', { id: ID, phase: 'Senere' }),
    );
  });

  it('warns about more than one lead on an area', () => {
    const findings = findingsOf(one, [...coveredPair(ID), person('Ane', FINANCE, { [ID]: 'a' })]);
    expect(ofTopic(findings, 'multipleLeads')).toMatchObject([{ severity: 'warning' }]);
  });

  it('archives a matrix column whose area left tblAreas, and keeps its data', () => {
    const tables = tablesFor(catalogueWith([{ id: ID }, { id: 'KOMM' }]), [
      ...coveredPair(ID),
      person('Kaj', FINANCE, { KOMM: 'A' }),
    ]);
    tables.tblAreas.rows = tables.tblAreas.rows.filter((row) => row[0] !== 'KOMM');
    const model = readModel(tables);
    const findings = collectFindings(model);
    expect(ofTopic(findings, 'archivedColumn')).toMatchObject([{ severity: 'info' }]);
    expect(model.matrix.areaColumns.has('KOMM')).toBe(true);
  });

  it('flags duplicate and malformed area IDs', () => {
    const catalogue = catalogueWith([{ id: ID }, { id: ID }, { id: 'psrm' }, { id: 'X' }]);
    const findings = findingsOf(catalogue, coveredPair(ID));
    expect(ofTopic(findings, 'duplicateAreaId')).toHaveLength(1);
    expect(ofTopic(findings, 'malformedAreaId').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('flags an empty tblAreas', () => {
    expect(ofTopic(findingsOf(catalogueWith([]), []), 'noAreas')).toHaveLength(1);
  });

  it('flags an area with no matrix column', () => {
    const tables = tablesFor(one, coveredPair(ID));
    tables.tblAreas.rows.push(['KOMM', 'Kommunikation', null, null, 2, 'Ja', 'Ja', null]);
    expect(ofTopic(collectFindings(readModel(tables)), 'missingColumn')).toHaveLength(1);
  });

  it('flags a minimum that is not a number', () => {
    expect(
      ofTopic(
        findingsOf(catalogueWith([{ id: ID, min: 'to' }]), coveredPair(ID)),
        'invalidMinPeople',
      ),
    ).toHaveLength(1);
  });

  it('lists errors before warnings before information', () => {
    const findings = findingsOf(one, [
      person('Pia', 'Projektleder', {}),
      person('Kim', 'Konsulent', { [ID]: 'A' }),
      person('Ib', LIBRARY, { [ID]: 'x' }),
    ]);
    const order = { error: 0, warning: 1, info: 2 };
    const ranks = findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks).size).toBe(3);
  });

  it('writes its messages in the workbook language', () => {
    const findings = findingsOf(
      catalogueWith([{ id: ID }], 'en'),
      [person('Pia', 'Project leader', {})],
      'en',
    );
    expect(findings.map((f) => f.message)).toContain(
      t('en', 'finding.personWithoutArea', { name: 'Pia' }),
    );
  });
});

describe('several leads', () => {
  it('names the first five in name order, whatever the matrix order, and counts them all', () => {
    const names = ['Ulla', 'Bo', 'Åse', 'Ane', 'Kim', 'Dan', 'Eva'];
    const leads = names.map((name) => person(name, LIBRARY, { [ID]: 'A' }));
    const [forward] = ofTopic(findingsOf(one, leads), 'multipleLeads');
    const [backward] = ofTopic(findingsOf(one, [...leads].reverse()), 'multipleLeads');
    expect(forward.message).toBe(backward.message);
    expect(forward.message).toBe(
      t('da', 'finding.multipleLeads', { id: ID, count: 7, names: 'Ane, Bo, Dan, Eva, Kim, …' }),
    );
  });

  it('picks the first k texts in one pass', () => {
    expect(firstInOrder(['d', 'b', 'e', 'a', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(firstInOrder(['b', 'a'], 5)).toEqual(['a', 'b']);
  });
});
