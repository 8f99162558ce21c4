import { createContext, useCallback, useContext } from 'react';
import { Lang, MessageKey, MessageParams, t } from '../core/i18n';

/**
 * The pane's language, chosen once from Office's display language. It is independent of the
 * workbook's language: a Danish pane can create an English workbook and the other way round.
 */
export const LangContext = createContext<Lang>('da');

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `const text = useText(); text('pane.tab.start')`: every visible string comes from here. */
export function useText(): Translate {
  const lang = useContext(LangContext);
  return useCallback((key, params) => t(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A date as the pane's language writes it: "3. maj 2025" or "3 May 2025". */
export function formatDate(lang: Lang, date: Date): string {
  return date.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
