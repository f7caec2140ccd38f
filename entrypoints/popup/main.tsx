import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { LangProvider } from '@/components/i18n';
import { pickLang } from '@/utils/i18n';
import { App } from './App';
import '@/components/styles.css';

const lang = pickLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
createRoot(document.getElementById('root')!).render(
  <LangProvider lang={lang}>
    <App />
  </LangProvider>,
);
