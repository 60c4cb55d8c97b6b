import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser on headless machines; scripts/start.mjs opens one itself.
export default defineWebExtConfig({ disabled: true });
