/** Chapter queries shared by the chapter pages, the sidebar, the home page and the indexes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './url';

/** A chapter entry from content/chapters/. */
export type Chapter = CollectionEntry<'chapters'>;

/** All chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

/** The site path of a chapter, e.g. /chapters/04-strategic-triangle/. */
export function chapterHref(chapter: Pick<Chapter, 'id'>): string {
  return withBase(`/chapters/${chapter.id}/`);
}

/** Estimated reading time in minutes (about 220 words a minute, MDX tags excluded). */
export function readingMinutes(body: string | undefined): number {
  const prose = (body ?? '').replace(/<[^>]+>/g, ' ').replace(/\{[^}]*\}/g, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

/** How many exercises a chapter has (its `<Exercise>` elements), for the progress marks. */
export function exerciseCount(chapter: Pick<Chapter, 'body'>): number {
  return (chapter.body ?? '').match(/<Exercise\s/g)?.length ?? 0;
}
