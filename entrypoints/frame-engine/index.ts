// The content script's engine: the controller, the highlighter, the hover cards. Loaded by frame.js
// (entrypoints/content/first-stage.ts) with import(), only in frames whose text could name an entity
// or that the extension asks something of; evaluated in the content script's isolated world.
import { runContentScript } from '../content/controller';
import { ENGINE_KEY, type FrameEngine } from '../content/engine-contract';

export default defineUnlistedScript(() => {
  const engine: FrameEngine = { runContentScript };
  (globalThis as unknown as Record<symbol, FrameEngine>)[ENGINE_KEY] = engine;
});
