import * as fs from 'fs';
import * as path from 'path';
import da from '../../src/i18n/da.json';
import en from '../../src/i18n/en.json';
import { langFromLocale, t } from '../../src/core/i18n';

describe('language files', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('have no empty string', () => {
    for (const catalogue of [da, en]) {
      for (const [key, value] of Object.entries(catalogue))
        expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(da[key])]);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('en', 'cli.wrote', { file: 'a.xlsx' })).toBe('Wrote a.xlsx.');
    expect(t('en', 'cli.wrote')).toBe('Wrote {file}.');
  });

  it('choose Danish for da-*, English for en-*, and Danish for anything else', () => {
    expect(langFromLocale('da-DK')).toBe('da');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('de-DE')).toBe('da');
    expect(langFromLocale(undefined)).toBe('da');
  });

  it('are the only place user text lives: the core holds no Danish sentence', () => {
    const coreDir = path.join(__dirname, '../../src/core');
    for (const file of fs
      .readdirSync(coreDir)
      .filter((f) => f.endsWith('.ts') && f !== 'template.ts' && f !== 'demo.ts')) {
      const source = fs.readFileSync(path.join(coreDir, file), 'utf8');
      expect([file, /['"`][^'"`\n]*\b(og|ikke|skal|eller)\b[^'"`\n]*['"`]/.test(source)]).toEqual([
        file,
        false,
      ]);
    }
  });
});
