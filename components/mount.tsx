import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSettings } from '@/utils/ext/settings';
import { pickLang } from '@/utils/i18n';
import { LangProvider } from './i18n';
import './styles.css';

/**
 * Renders an extension page (popup, side panel, options) in the user's language: the one chosen in
 * the options, else the first preferred language the browser exposes to pages.
 */
export function mount(App: ComponentType): void {
  void loadSettings()
    .catch(() => undefined)
    .then((settings) => {
      const lang = settings && settings.language !== 'auto' ? settings.language : pickLang(navigator.language);
      document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
      createRoot(document.getElementById('root')!).render(
        <LangProvider lang={lang}>
          <App />
        </LangProvider>,
      );
    });
}
