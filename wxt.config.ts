import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each one is needed.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sanad@sanad.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
