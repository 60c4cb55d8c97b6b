// `npm start`: build the extension and, where a display exists, open Chromium with it loaded on a
// demo page (one of the shipped sources rendered as a news page, served from 127.0.0.1). Headless,
// print where to load the build from.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoPage } from './demo-page.mjs';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dist = resolve('.output/chrome-mv3');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !existsSync(chromium)) {
  console.log(`
Sanad is built: ${dist}
No display${existsSync(chromium) ? '' : ' or no Chromium'} here, so nothing was opened. To use it:
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${dist}
  Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on →
           .output/firefox-mv2/manifest.json
`);
  process.exit(0);
}

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demoPage());
}).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Demo page: ${url}\nExtension: ${dist}\nClose the browser to stop.`);
  const profile = mkdtempSync(join(tmpdir(), 'sanad-demo-'));
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      url,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', () => server.close());
});
