// Firefox browser tests: build the Firefox (MV2) extension, then run tests/firefox/*.test.ts in
// Debian's firefox-esr, headless, through puppeteer-core over WebDriver BiDi (no browser download).
// One test file at a time: each launches its own Firefox. See docs/decisions/firefox-tests.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(
    `Firefox not found at ${firefox}. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.`,
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) run('npx', ['wxt', 'build', '-b', 'firefox']);
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tests = files.length
  ? files
  : readdirSync('tests/firefox')
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => `tests/firefox/${f}`);
// A hung Firefox must fail its test, not hold CI until its own limit: no test here needs 2 minutes.
run('node', [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=1',
  '--test-timeout=120000',
  '--test-reporter=spec',
  ...tests,
]);
