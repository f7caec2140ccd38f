import type { Text, TextLang } from '@/utils/case/schema';
import type { Lang } from '@/utils/i18n';

/** The case data's own texts are { en, zh } pairs: the one for the page's language. */
export const textLang = (lang: Lang): TextLang => (lang === 'zh_CN' ? 'zh' : 'en');
export const pick = (text: Text, lang: Lang): string => text[textLang(lang)];
