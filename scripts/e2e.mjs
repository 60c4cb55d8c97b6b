// Browser tests: build the Chrome extension, then run tests/e2e/*.test.ts in Debian's Chromium
// (playwright-core; no browser download). One test file at a time: each launches its own browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) {
  run('npx', ['wxt', 'build']);
  // The bench's build, with the timings of bench-probe.ts (the user's build has none): for the tests
  // that read them (tests/e2e/highlight-dynamic.test.ts).
  run('npx', ['wxt', 'build', '--mode', 'probe']);
}
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tests = files.length
  ? files
  : readdirSync('tests/e2e')
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => `tests/e2e/${f}`);
run('node', ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...tests]);
