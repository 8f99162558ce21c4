import {
  areaStatusFormulas,
  canonicalFormula,
  cellAddress,
  columnRef,
  findingLinkFormula,
  equalsCriterion,
  escapeColumnName,
  quoteSheetName,
  roleStatusFormulas,
  stringLiteral,
  thisRowRef,
} from '../../src/core/formulas';

describe('formula quoting', () => {
  it('doubles double quotes inside a text constant', () => {
    expect(stringLiteral('Kaj "K" Hansen')).toBe('"Kaj ""K"" Hansen"');
  });

  it('doubles apostrophes in a quoted sheet name, and quotes names that need it', () => {
    expect(quoteSheetName('Matrix')).toBe('Matrix');
    expect(quoteSheetName("Lea's ark")).toBe("'Lea''s ark'");
    expect(quoteSheetName('Områder')).toBe("'Områder'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('Status [2]')).toBe("'Status [2]'");
  });

  it.each([
    ["it's", "it''s"],
    ['[note]', "'[note']"],
    ['nr #1', "nr '#1"],
    ['plain', 'plain'],
  ])('escapes %s inside a structured reference as %s', (name, escaped) => {
    expect(escapeColumnName(name)).toBe(escaped);
  });

  it('uses single brackets for plain column names and double brackets for special ones', () => {
    expect(columnRef('tblAreas', 'ID')).toBe('tblAreas[ID]');
    expect(columnRef('tblAreas', 'Behov fra fase')).toBe('tblAreas[Behov fra fase]');
    expect(columnRef('tblAreas', 'Min. antal')).toBe('tblAreas[[Min. antal]]');
    expect(columnRef('tblRoles', 'Rolle "x"')).toBe('tblRoles[[Rolle "x"]]');
    expect(columnRef('tblX', "Ejer's [a] #1")).toBe("tblX[[Ejer''s '[a'] '#1]]");
  });

  it('refers to the same row in the form LibreOffice and Excel both read', () => {
    expect(thisRowRef('tblMatrix', 'Inddrages fra')).toBe('tblMatrix[[#This Row],[Inddrages fra]]');
    expect(thisRowRef('tblMatrix', "#'s")).toBe("tblMatrix[[#This Row],['#''s]]");
  });

  it('makes a criterion mean "equals": operators and wildcards in a name stay literal', () => {
    expect(equalsCriterion('<5')).toBe('"=<5"');
    expect(equalsCriterion('Leder*?')).toBe('"=Leder~*~?"');
    expect(equalsCriterion('Say "hi"')).toBe('"=Say ""hi"""');
  });

  it('gives every role row the same formulas, reaching its role through its own cell', () => {
    const { count, status } = roleStatusFormulas('da');
    for (const formula of [count, status]) {
      expect(formula.startsWith('=')).toBe(true);
      expect(balancedOutsideStrings(formula)).toBe(true);
    }
    // The role is matched literally: Excel's wildcards in it are escaped by the formula.
    expect(count).toContain(
      'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(tblRoleStatus[[#This Row],[Rolle]],"~","~~"),"*","~*"),"?","~?")',
    );
  });

  it('gives every area row the same formulas, reaching its matrix column by its own ID', () => {
    for (const lang of ['da', 'en'] as const) {
      const formulas = areaStatusFormulas(lang);
      for (const formula of Object.values(formulas)) {
        expect(balancedOutsideStrings(formula)).toBe(true);
        expect(formula).not.toMatch(/tblMatrix\[[A-Z_]+\]/);
      }
      expect(formulas.covers).toContain(
        'INDEX(tblMatrix[[#Data]],0,MATCH(tblStatus[[#This Row],[ID]],tblMatrix[[#Headers]],0))',
      );
      // Excel reads 1E+9 back as 1000000000; the plan writes it that way.
      expect(formulas.onTime).not.toContain('E+');
    }
  });

  it('addresses a cell on a sheet whose name holds an apostrophe, and links it by its row', () => {
    expect(cellAddress("Lea's", 'B2')).toBe("'Lea''s'!B2");
    expect(findingLinkFormula('da')).toBe(
      '=IF(tblFindings[[#This Row],[Celle]]="","",HYPERLINK("#"&tblFindings[[#This Row],[Celle]],"Gå til cellen"))',
    );
  });
});

/** Quotes pair up, and brackets and parentheses balance outside text constants. */
function balancedOutsideStrings(formula: string): boolean {
  let inString = false;
  let depth = 0;
  for (let i = 0; i < formula.length; i += 1) {
    const ch = formula[i];
    if (ch === '"') {
      if (inString && formula[i + 1] === '"') i += 1;
      else inString = !inString;
    } else if (!inString && (ch === '(' || ch === '[')) depth += 1;
    else if (!inString && (ch === ')' || ch === ']')) depth -= 1;
    if (depth < 0) return false;
  }
  return !inString && depth === 0;
}

describe('formulas compared as Excel reads them back', () => {
  it.each([
    [
      '=INDEX(tblMatrix[[#Data]],0,MATCH(tblStatus[[#This Row],[ID]],tblMatrix[[#Headers]],0))',
      '=INDEX(tblMatrix[#Data],0,MATCH([@ID],tblMatrix[#Headers],0))',
    ],
    ['=tblAreas[[Min. antal]]+tblAreas[[ID]]', '=tblAreas[[Min. antal]]+tblAreas[ID]'],
    ['=IF(x<=1E+9,1,0)', '=IF(x<=1000000000,1,0)'],
    ['=iferror(tblStatus[[#This Row],[Dækker]],0)', '=IFERROR([@Dækker],0)'],
  ])('treats %s and Excel’s %s as the same formula', (written, readBack) => {
    expect(canonicalFormula(readBack, 'tblStatus')).toBe(canonicalFormula(written, 'tblStatus'));
  });

  it('still sees a real change', () => {
    expect(canonicalFormula('=[@ID]&"a"', 'tblStatus')).not.toBe(
      canonicalFormula('=[@ID]&"A"', 'tblStatus'),
    );
  });
});
