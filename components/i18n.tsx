import { createContext, useContext, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from '@/utils/i18n';

const LangContext = createContext<Lang>('en');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT() {
  const lang = useLang();
  return (key: MessageKey, subs?: Record<string, string | number>) => translate(lang, key, subs);
}
