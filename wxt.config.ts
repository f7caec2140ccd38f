import { defineConfig } from 'wxt';

// Manifest kept minimal on purpose: content scripts declare their own `matches`, which is all the host
// access we need; no `host_permissions`, no `tabs`, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: { id: 'refund-radar@refund-radar.app', strict_min_version: '115.0' },
    },
  },
});
