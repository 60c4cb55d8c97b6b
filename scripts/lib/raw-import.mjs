// Lets Node (under tsx) import `./file.txt?raw` as Vite does: the module's default export is the file's
// text. The CLI imports data/shipped-sources.ts through it, so the shipped metadata has one home.
import { register } from 'node:module';

register('./raw-hooks.mjs', import.meta.url);
