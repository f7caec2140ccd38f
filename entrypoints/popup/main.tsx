import { createRoot } from 'react-dom/client';
import { LangProvider } from '@/components/i18n';
import { pickLang } from '@/utils/i18n';
import { App } from './App';
import '@/components/styles.css';

// The user's first preferred language, as both browsers expose it to pages (the UI language by default).
const lang = pickLang(navigator.language);
document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
createRoot(document.getElementById('root')!).render(
  <LangProvider lang={lang}>
    <App />
  </LangProvider>,
);
