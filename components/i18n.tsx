import { createContext, useContext, type ReactNode } from 'react';
import { formatInstant } from '@/utils/format';
import { translate, type Lang, type MessageKey } from '@/utils/i18n';

/** How a page shows text and dates: the user's language and the zone they chose to see dates in. */
interface Display {
  lang: Lang;
  zone: string;
}

const DisplayContext = createContext<Display>({ lang: 'en', zone: Intl.DateTimeFormat().resolvedOptions().timeZone });

export function DisplayProvider({ lang, zone, children }: Display & { children: ReactNode }) {
  return <DisplayContext.Provider value={{ lang, zone }}>{children}</DisplayContext.Provider>;
}

export function useLang(): Lang {
  return useContext(DisplayContext).lang;
}

/** The IANA zone dates are shown in. */
export function useZone(): string {
  return useContext(DisplayContext).zone;
}

export function useT() {
  const lang = useLang();
  return (key: MessageKey, subs?: Record<string, string | number>) => translate(lang, key, subs);
}

/** Formats an instant in the user's language and chosen zone. */
export function useFormatInstant(): (iso: string) => string {
  const { lang, zone } = useContext(DisplayContext);
  return (iso) => formatInstant(iso, lang, zone);
}
