import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The content script's two files (entrypoints/frame, entrypoints/frame-engine). */
const CONTENT_FILES = new Set(['frame', 'frame-engine']);
/** The content script's build gets the browser's own API object instead of webextension-polyfill. */
const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/content/native-browser.ts', import.meta.url));

// See README "Permissions" for why each one is needed.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts run in every frame of every page: the polyfill's start-up is a cost each one pays
    // (docs/decisions/content-cost.md). Pages of the extension keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script' || CONTENT_FILES.has(entry.name)))
        return;
      const alias = { find: /^webextension-polyfill$/, replacement: NATIVE_BROWSER };
      config.resolve ??= {};
      const current = config.resolve.alias;
      config.resolve.alias = Array.isArray(current)
        ? [alias, ...current]
        : [alias, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs'],
    // The content script, declared here because it is an unlisted script (entrypoints/frame/index.ts).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['frame.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    // The engine, loaded with import() by frames that need it (entrypoints/content/first-stage.ts). On
    // Chromium only through the per-session dynamic id: a page cannot probe a fixed URL to detect Sanad.
    // import() of a use_dynamic_url resource from a content script works from Chromium 132 on.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '132' }),
    web_accessible_resources:
      browser === 'firefox'
        ? ['frame-engine.js']
        : [{ resources: ['frame-engine.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
