/** The numbered figures and tables of every chapter, collected at build time by the remark-figures plugin. */
import { render } from 'astro:content';
import { getChapters, chapterHref, type Chapter } from './chapters';

/** A figure or table as the list of figures and tables shows it. */
export interface FloatSummary {
  /** The id authors refer to: `fig:…` or `tab:…`. */
  id: string;
  kind: 'figure' | 'table';
  /** "Figure" or "Table". */
  label: string;
  /** "4.2": the chapter, then the position among the chapter's figures or tables. */
  number: string;
  /** The caption as plain text, citations formatted as in the chapter. */
  caption: string;
  /** Site path to it, e.g. /chapters/04-strategic-triangle/#fig-triangle-thin-support. */
  href: string;
}

/** One chapter with its figures and tables, in reading order. */
export interface ChapterFloats {
  chapter: Chapter;
  figures: FloatSummary[];
  tables: FloatSummary[];
}

/** Every chapter's figures and tables, in reading order. */
export async function getFloats(): Promise<ChapterFloats[]> {
  const result: ChapterFloats[] = [];
  for (const chapter of await getChapters()) {
    const { remarkPluginFrontmatter } = await render(chapter);
    const found = (remarkPluginFrontmatter.figures ?? []) as (Omit<FloatSummary, 'href'> & { anchor: string })[];
    const floats = found.map(({ anchor, ...f }) => ({ ...f, href: `${chapterHref(chapter)}#${anchor}` }));
    result.push({ chapter, figures: floats.filter((f) => f.kind === 'figure'), tables: floats.filter((f) => f.kind === 'table') });
  }
  return result;
}
