import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSettings } from '@/utils/ext/settings';
import { userTimeZone } from '@/utils/format';
import { pickLang } from '@/utils/i18n';
import { displayZoneOf } from '@/utils/settings';
import { DisplayProvider } from './i18n';
import './styles.css';

/**
 * Renders an extension page (popup, side panel, options) in the user's language (the one chosen in
 * the options, else the first preferred language the browser exposes to pages), with dates in the
 * zone chosen in the options (this computer's by default). `ready`: what the page's first render
 * needs besides the settings, already under way.
 */
export function mount(App: ComponentType, ready?: Promise<unknown>): void {
  void Promise.all([loadSettings().catch(() => undefined), ready])
    .then(([settings]) => {
      const lang = settings && settings.language !== 'auto' ? settings.language : pickLang(navigator.language);
      document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
      createRoot(document.getElementById('root')!).render(
        <DisplayProvider lang={lang} zone={displayZoneOf(settings ?? { displayZone: 'auto' }, userTimeZone())}>
          <App />
        </DisplayProvider>,
      );
    });
}
