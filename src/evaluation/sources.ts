import type { SourceKey, SourceRef } from './types.ts';

/** How widgets and reports name each source text in a citation: authors (or a short title) and year. */
export const sourceNames: Record<SourceKey, string> = {
  cordella2017: 'Cordella, Paletti & Shaikh (2017)',
  osborne2016: 'Osborne, Radnor & Strokosch (2016)',
  sorrentino2018: 'Sorrentino, Sicilia & Howlett (2018)',
  // The review names no author, so APA puts a shortened title in the author's place.
  'review-strategic-triangle': '“Co-production as a new mode of public value creation” (n.d.)',
  'bovaird-cfp': 'Bovaird, Flemig, Loeffler & Osborne (n.d.)',
};

/** A citation of a place in a source, e.g. "Osborne, Radnor & Strokosch (2016), Quadrant I"; without the locator when `withLocator` is false. */
export function citeSource(ref: SourceRef, withLocator = true): string {
  return withLocator && ref.locator ? `${sourceNames[ref.key]}, ${ref.locator}` : sourceNames[ref.key];
}

/** The path, below the site's base, of a source's entry on the bibliography page. */
export function bibliographyPath(key: SourceKey): string {
  return `/bibliography/#bib-${key}`;
}
