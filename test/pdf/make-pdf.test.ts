// `npm run pdf` on a host without Chromium skips with a message instead of failing the host's build.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(import.meta.dirname, '..', '..', 'src', 'pdf', 'make-pdf.mjs');

function run(dist: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, dist], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('make-pdf.mjs', () => {
  it('skips with the reason and exits successfully when no Chromium can be found, writing nothing', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pdf-'));
    mkdirSync(join(dist, 'pdf'));
    writeFileSync(join(dist, 'pdf', 'edition.json'), JSON.stringify({ base: '/', chapters: [], book: { file: 'book.pdf' } }));
    const result = run(dist, { PLAYWRIGHT_CHROMIUM: join(dist, 'no-chromium-here') });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/PDF edition skipped: PLAYWRIGHT_CHROMIUM\/CHROME_PATH points to .*no-chromium-here, which does not exist/);
    expect(readdirSync(join(dist, 'pdf'))).toEqual(['edition.json']);
  });

  it('fails, saying to build first, when there is no built site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pdf-'));
    const result = run(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Build first: npm run build');
    expect(existsSync(join(dist, 'pdf'))).toBe(false);
  });
});
