import { readFileSync } from 'node:fs';
import { bibliographyPath } from './paths.mjs';

/** Returns the set of citation keys defined in a BibTeX file (read fresh, so edits show in dev). */
export function readBibKeys(path = bibliographyPath) {
  const text = readFileSync(path, 'utf8');
  return new Set([...text.matchAll(/^\s*@\w+\s*\{\s*([^,\s]+)\s*,/gm)].map((m) => m[1]));
}
