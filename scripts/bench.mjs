// `npm run bench`: the engine part (Node), the characterization part (Node), the browser part, the
// comparison-popup part, the import part and the content script's cost measured from outside the page (the
// built extension in Chromium). Each prints a Markdown table with ratios
// against baselines measured in the same run. `npm run bench <part>` runs one part.
//
// Two builds: the user's (`wxt build`, no measurement hooks) and the probe build (`wxt build --mode
// probe`, which writes its inside timings into pages carrying <meta name="sanad-bench">). The outside
// figures are taken on the user's build; the parts that read the probe get the probe build.
// SANAD_BENCH_COMMIT=<rev> builds that commit (from `git archive`, in a temporary folder) instead of
// the working tree, which others are changing meanwhile: figures that name a commit are of that commit.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RAW = ['--import', './scripts/lib/raw-import.mjs'];
/** [name, command, build it loads: null (none), 'user', 'probe' or 'both'] */
const parts = [
  ['engine', ['npx', 'tsx', 'scripts/bench-engine.ts'], null],
  ['characterize', ['npx', 'tsx', ...RAW, 'scripts/bench-characterize.ts'], null],
  ['browser', ['npx', 'tsx', 'scripts/bench-browser.ts'], 'probe'],
  ['popup', ['npx', 'tsx', 'scripts/bench-popup.ts'], 'user'],
  ['import', ['npx', 'tsx', 'scripts/bench-import.ts'], 'probe'],
  ['outside', ['npx', 'tsx', 'scripts/bench-outside.ts'], 'both'],
];
const only = process.argv[2];
if (only && !parts.some(([name]) => name === only)) {
  console.error(`unknown part "${only}": one of ${parts.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

/**
 * Builds and copies to a private folder: the browser parts run for minutes, and others in the same tree
 * rebuild .output meanwhile (tests/e2e/harness.ts reads SANAD_EXTENSION_DIR).
 */
function privateBuild(args, output, cwd) {
  const build = spawnSync('npx', ['wxt', 'build', ...args], { stdio: ['ignore', 'ignore', 'inherit'], cwd });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (!existsSync(path.join(cwd, output, 'manifest.json'))) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'sanad-bench-build-'));
  cpSync(path.join(cwd, output), dir, { recursive: true });
  return dir;
}

/** The sources of `rev` in a temporary folder (sharing this tree's node_modules). */
function checkout(rev) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanad-bench-src-'));
  const archive = spawnSync('sh', ['-c', 'git archive "$0" | tar -x -C "$1"', rev, dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (archive.status !== 0) process.exit(archive.status ?? 1);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

let builds = null;
function getBuilds() {
  if (builds) return builds;
  const rev = process.env.SANAD_BENCH_COMMIT;
  const src = rev ? checkout(rev) : process.cwd();
  const user = privateBuild([], '.output/chrome-mv3', src);
  if (!user) throw new Error('wxt build wrote no .output/chrome-mv3');
  // Until the probe mode exists, its folder is missing: the user build still carries the probe then.
  const probe = privateBuild(['--mode', 'probe'], '.output/chrome-mv3-probe', src);
  if (rev) {
    unlinkSync(path.join(src, 'node_modules')); // the link only, never this tree's packages
    rmSync(src, { recursive: true, force: true });
  }
  if (!probe)
    console.error(
      'bench: no .output/chrome-mv3-probe after `wxt build --mode probe`: the user build stands in',
    );
  const sha = rev
    ? spawnSync('git', ['rev-parse', '--short', rev], { encoding: 'utf8' }).stdout.trim()
    : null;
  builds = { user, probe: probe ?? user, from: sha ? `commit ${sha}` : null };
  return builds;
}

let failed = false;
try {
  for (const [name, [cmd, ...args], loads] of parts) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}\n`);
    let env = process.env;
    if (loads) {
      const { user, probe, from } = getBuilds();
      // The harness also reads SANAD_PROBE_EXTENSION_DIR (launchWithExtension({ probe: true })).
      env = {
        ...process.env,
        SANAD_EXTENSION_DIR: loads === 'probe' ? probe : user,
        SANAD_PROBE_EXTENSION_DIR: probe,
        ...(from ? { SANAD_BENCH_BUILT_FROM: from } : {}),
      };
    }
    const result = spawnSync(cmd, args, { stdio: 'inherit', env });
    if (result.status !== 0) failed = true;
  }
} finally {
  if (builds)
    for (const dir of new Set([builds.user, builds.probe])) rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
