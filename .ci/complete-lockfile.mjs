#!/usr/bin/env node
// Completes package-lock.json with the other platforms' optional native packages (esbuild-style
// binaries of Astro's compiler and Pagefind for macOS, Windows, ARM…). The registry these machines
// reach does not serve those versions, so `npm install` leaves them out of the lockfile and `npm ci`
// then refuses it as out of sync. Each added entry names its os/cpu, so npm skips it on other
// platforms and fetches it by version where it applies. Idempotent; run after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'];

function platformOf(name) {
  const base = name.split('/').pop().replace('windows', 'win32');
  const part = (list) => list.find((item) => new RegExp(`(^|-)${item}(-|$)`).test(base));
  return { os: part(OSES), cpu: part(CPUS), libc: /musl/.test(base) ? 'musl' : /gnu/.test(base) ? 'glibc' : undefined };
}

let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const { os, cpu, libc } = platformOf(name);
    // Only platform binaries are completed; any other missing package is a real problem for npm to report.
    if (!os && !cpu) continue;
    lock.packages[key] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}
if (added > 0) writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} platform package entr${added === 1 ? 'y' : 'ies'} added.`);
