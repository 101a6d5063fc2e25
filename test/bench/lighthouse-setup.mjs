// Installs the benchmarks' own package (test/bench/peer/: Lighthouse, and Starlight for the peer site)
// the first time a Lighthouse benchmark runs, or again when its lockfile changes, and loads its modules.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The benchmarks' own package: its package.json, lockfile, the Lighthouse runner, the converter and the peer site. */
export const PEER_DIR = join(dirname(fileURLToPath(import.meta.url)), 'peer');
const STAMP = join(PEER_DIR, 'node_modules', '.installed-lock-hash');

/** Runs `command` with the output shown; throws with the command line if it fails. */
export function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).`);
}

/** Installs test/bench/peer/ with `npm ci` unless the installed copy matches its lockfile; returns the Lighthouse runner and the chapter converter. */
export async function loadBenchPackage() {
  const lockHash = createHash('sha256').update(readFileSync(join(PEER_DIR, 'package-lock.json'))).digest('hex');
  if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== lockHash) {
    console.log('First run: installing the benchmarks\' own package (test/bench/peer/: Lighthouse, Astro, Starlight) with npm ci…');
    try {
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR });
    } catch (error) {
      throw new Error(`the benchmarks' package could not be installed (needs the npm registry): ${error.message}`, { cause: error });
    }
    writeFileSync(STAMP, lockHash);
  }
  const lighthouse = await import(pathToFileURL(join(PEER_DIR, 'lighthouse.mjs')).href);
  const convert = await import(pathToFileURL(join(PEER_DIR, 'convert.mjs')).href);
  return { ...lighthouse, ...convert };
}
