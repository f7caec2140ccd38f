import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLang } from '@/utils/i18n';
import { LangProvider } from './i18n';
import './styles.css';

/** Renders an extension page (popup, side panel) in the user's language. */
export function mount(App: ComponentType): void {
  // The user's first preferred language, as both browsers expose it to pages (the UI language by default).
  const lang = pickLang(navigator.language);
  document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(
    <LangProvider lang={lang}>
      <App />
    </LangProvider>,
  );
}
