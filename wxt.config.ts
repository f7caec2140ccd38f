import { defineConfig } from 'wxt';

// Manifest kept minimal on purpose: content scripts declare their own `matches`, which is all the host
// access we need; no `host_permissions`, no `tabs`, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
