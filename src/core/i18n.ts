import da from '../i18n/da.json';
import en from '../i18n/en.json';

/** The two languages of the product. Danish is the default everywhere. */
export type Lang = 'da' | 'en';

export type MessageKey = keyof typeof da;

export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

/** Looks up a user-visible string and fills its `{name}` placeholders. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key] ?? catalogues.da[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Office's display language decides the pane's language: da-* is Danish, en-* English, else Danish. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return typeof locale === 'string' && /^en(-|$)/i.test(locale) ? 'en' : 'da';
}

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}

export function messageKeys(lang: Lang): MessageKey[] {
  return Object.keys(catalogues[lang]) as MessageKey[];
}
