// `npm run bench`: the engine part (Node), the characterization part (Node), the browser part, the
// comparison-popup part, the import part and the content script's cost measured from outside the page (the
// built extension in Chromium). Each prints a Markdown table with ratios
// against baselines measured in the same run. `npm run bench <part>` runs one part.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RAW = ['--import', './scripts/lib/raw-import.mjs'];
const parts = [
  ['engine', ['npx', 'tsx', 'scripts/bench-engine.ts'], false],
  ['characterize', ['npx', 'tsx', ...RAW, 'scripts/bench-characterize.ts'], false],
  ['browser', ['npx', 'tsx', 'scripts/bench-browser.ts'], true],
  ['popup', ['npx', 'tsx', 'scripts/bench-popup.ts'], true],
  ['import', ['npx', 'tsx', 'scripts/bench-import.ts'], true],
  ['outside', ['npx', 'tsx', 'scripts/bench-outside.ts'], true],
];
const only = process.argv[2];
if (only && !parts.some(([name]) => name === only)) {
  console.error(`unknown part "${only}": one of ${parts.map(([name]) => name).join(', ')}`);
  process.exit(2);
}
let failed = false;
let built = false;
let privateBuild = '';
for (const [name, [cmd, ...args], needsBuild] of parts) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}\n`);
  if (needsBuild && !built) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
    built = true;
    // The browser parts run for minutes; others in the same tree rebuild .output meanwhile. They load
    // this run's build from a private copy (tests/e2e/harness.ts reads SANAD_EXTENSION_DIR).
    privateBuild = mkdtempSync(path.join(tmpdir(), 'sanad-bench-build-'));
    cpSync('.output/chrome-mv3', privateBuild, { recursive: true });
  }
  const env = privateBuild ? { ...process.env, SANAD_EXTENSION_DIR: privateBuild } : process.env;
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) failed = true;
}
if (privateBuild) rmSync(privateBuild, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
