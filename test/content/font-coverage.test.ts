// The subset font files (src/fonts/) carry every character the book's text uses, and fonts.css was written from the current character set.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACES, LATIN, LATIN_EXT, inRanges, unicodeRange } from '../../src/fonts/charset.mjs';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');
const fontsCss = readFileSync(join(root, 'src', 'fonts', 'fonts.css'), 'utf8');

/** Every text file under content/ (chapters, glossary, bibliography), by path relative to content/. */
function contentFiles(): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|bib|ya?ml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('font coverage', () => {
  it('carries every character of the chapters, glossary and bibliography', () => {
    const missing = new Map<string, string>();
    for (const file of contentFiles()) {
      for (const char of readFileSync(file, 'utf8')) {
        const code = char.codePointAt(0)!;
        if (code < 0x20 || inRanges(LATIN, code) || inRanges(LATIN_EXT, code)) continue;
        missing.set(`${char} U+${code.toString(16).toUpperCase()}`, file.slice(contentDir.length + 1));
      }
    }
    // A new character: add it to src/fonts/charset.mjs and run `npm run fonts`.
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('finds the sample files it reads', () => {
    expect(contentFiles().length).toBeGreaterThan(50);
  });

  it('declares each file with the character ranges of the current set (fonts.css is up to date)', () => {
    for (const face of FACES) {
      for (const slice of face.slices) {
        const rule = fontsCss.split('@font-face').find((block) => block.includes(`url('./${slice.file}')`));
        expect(rule, slice.file).toContain(`unicode-range: ${unicodeRange(slice.ranges)};`);
        expect(rule, slice.file).toContain(`font-style: ${face.style};`);
      }
    }
  });

  it('tells the main file’s characters from the extension’s and from those neither carries', () => {
    expect(inRanges(LATIN, 'é'.codePointAt(0)!)).toBe(true);
    expect(inRanges(LATIN_EXT, 'š'.codePointAt(0)!)).toBe(true);
    expect(inRanges(LATIN, 'α'.codePointAt(0)!) || inRanges(LATIN_EXT, 'α'.codePointAt(0)!)).toBe(false);
  });
});
