import da from '../i18n/da.json';
import en from '../i18n/en.json';

/** The two languages of the product. Danish is the default everywhere. */
export type Lang = 'da' | 'en';

export type MessageKey = keyof typeof da;

export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

/** A message split once into literal text (even indexes) and placeholder names (odd). */
const compiled = new Map<string, string[]>();

function parts(lang: Lang, key: MessageKey): string[] {
  const id = `${lang}:${key}`;
  let split = compiled.get(id);
  if (!split) {
    split = (catalogues[lang][key] ?? catalogues.da[key] ?? key).split(/\{(\w+)\}/);
    compiled.set(id, split);
  }
  return split;
}

/** Looks up a user-visible string and fills its `{name}` placeholders. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const split = parts(lang, key);
  if (split.length === 1) return split[0];
  let text = split[0];
  for (let i = 1; i < split.length; i += 2) {
    const name = split[i];
    text += (name in params ? String(params[name]) : `{${name}}`) + split[i + 1];
  }
  return text;
}

/** Office's display language decides the pane's language: da-* is Danish, en-* English, else Danish. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return typeof locale === 'string' && /^en(-|$)/i.test(locale) ? 'en' : 'da';
}

export function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}
