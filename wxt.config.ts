import { defineConfig } from 'wxt';

// Manifest kept minimal on purpose: content scripts declare their own `matches`, which is all the host
// access we need; no `host_permissions`, no `tabs`, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // Content scripts run on every order page and are measured against a size budget (bench/RESULTS.md).
    // They call only runtime.sendMessage and i18n.getMessage, which are promise-based natively in
    // Chromium MV3 and in Firefox: the polyfill (10 KB) serves the background and our own pages only.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // Terser's second pass folds what esbuild's single pass leaves: about 4 % of each script. Function
      // expressions and methods become arrows and shorthand methods (0.5 % more): nothing in these
      // scripts constructs one with `new`, which is what that would break (the e2e tests run them).
      config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2, unsafe_arrows: true, unsafe_methods: true } } };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: string | RegExp }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: a screenshot of the page for a case, only after the user clicked our icon on it.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    // Asked for one image host at a time, when the user adds an agent's QC photos to a case: the
    // extension fetches and hashes the original bytes, which the page's own origin may not read.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox's built-in data consent (https://mzl.la/firefox-builtin-data-consent): we collect
        // nothing. The key needs Firefox 140 on desktop and 142 on Android.
        gecko: { id: 'refund-radar@refund-radar.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      } as Record<string, unknown>,
    }),
  }),
});
