// `npm run bench`: the engine part (Node) and the browser part (the built extension in Chromium).
// Each prints a Markdown table with ratios against baselines measured in the same run.
import { spawnSync } from 'node:child_process';

const parts = [
  ['engine', ['npx', 'tsx', 'scripts/bench-engine.ts']],
  ['browser', ['npx', 'tsx', 'scripts/bench-browser.ts']],
];
const only = process.argv[2];
let failed = false;
for (const [name, [cmd, ...args]] of parts) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}\n`);
  if (name === 'browser') {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
