import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';

/**
 * UI text. The extension's `_locales` files are the single source (the browser reads the manifest
 * strings from them); pages look messages up here so the language can follow a setting and tests
 * can run in Node. Placeholders are `{name}`.
 */
export type Lang = 'en' | 'zh_CN';
export type MessageKey = keyof typeof en;

const catalogs: Record<Lang, Record<string, { message: string }>> = { en, zh_CN: zhCN };

export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function translate(lang: Lang, key: MessageKey, subs: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key]?.message ?? en[key].message;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in subs ? String(subs[name]) : m));
}

/** BCP 47 tag for Intl formatting. */
export const intlLocale = (lang: Lang) => (lang === 'zh_CN' ? 'zh-CN' : 'en');
