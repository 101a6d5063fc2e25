/** "Cite this configuration": APA and BibTeX for one widget state, built when a reader opens the citation. */
import { MODEL_VERSION } from '@evaluation';
import { BOOK_TITLE } from '~/lib/site';

/** What a citation names: the figure, where it reopens, and when it was seen. */
export interface CitationInput {
  /** The widget's title, e.g. "Mode balancer". */
  title: string;
  /** The figure's number when the page gives one (e.g. "Figure 7.2"), else null. */
  figureLabel: string | null;
  /** The permanent link that reopens exactly this state. */
  url: string;
  /** The year of the book's edition (its build). */
  year: string;
  /** When the reader saw the configuration. */
  accessed: Date;
  /** The widget's id on its page, used in the BibTeX key. */
  id: string;
}

/** The two forms of one citation. */
export interface Citation {
  apa: string;
  bibtex: string;
}

/** APA 7 and BibTeX for a widget configuration, naming the book, the figure, the model version and the link. */
export function citeConfiguration({ title, figureLabel, url, year, accessed, id }: CitationInput): Citation {
  const figure = figureLabel ? `${figureLabel}: ${title}` : title;
  const book = `${BOOK_TITLE}: An explorable textbook`;
  // TeX's special characters in a BibTeX field; the url field is read verbatim, so it is left alone.
  const tex = (text: string) => text.replace(/[\\{}]/g, '').replace(/[&%$#_]/g, '\\$&');
  const fields = {
    author: `{${tex(BOOK_TITLE)}}`,
    title: `{${tex(figure)}}`,
    howpublished: `Interactive figure in \\emph{${tex(book)}}`,
    year,
    note: `Model version ${MODEL_VERSION}. Accessed ${accessed.toISOString().slice(0, 10)}. CC BY 4.0`,
    url,
  };
  const retrieved = accessed.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  return {
    apa: `${BOOK_TITLE}. (${year}). ${figure} [Interactive figure; model version ${MODEL_VERSION}]. In ${book}. Retrieved ${retrieved}, from ${url}`,
    bibtex: `@misc{pvc-${id.replace(/[^\w-]/g, '')}-${MODEL_VERSION.replaceAll('.', '-')},\n${Object.entries(fields)
      .map(([field, value]) => `  ${field.padEnd(12)} = {${value}},`)
      .join('\n')}\n}`,
  };
}
