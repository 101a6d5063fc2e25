import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A reference to a work in content/bibliography.bib, with an optional page or section. */
const sourceRef = z.object({
  /** BibTeX key in content/bibliography.bib, e.g. `osborne2016`. */
  key: z.string().regex(/^[A-Za-z][\w:-]*$/, 'A citation key starts with a letter: e.g. "osborne2016".'),
  /** Page, section or table in that work, e.g. `p. 645` or `Table 1`. */
  locator: z.string().optional(),
});

/** A chapter of the book: `content/chapters/NN-slug.mdx`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    /** Chapter title without its number. */
    title: z.string().min(3),
    /** One or two sentences for search results and social cards (at most 200 characters). */
    description: z.string().min(20).max(200),
    /** Position in the book; numbers must be unique (checked by the content test). */
    order: z.number().int().positive(),
    /** What a reader can do after the chapter: 3–5 items, each starting with a verb. */
    objectives: z.array(z.string().min(10)).min(3, 'List at least 3 learning objectives.').max(5, 'List at most 5 learning objectives.'),
    /** Glossary entries introduced here, shown as the key-terms box; each must exist. */
    keyTerms: z.array(reference('glossary')).min(1, 'Name at least one key term.'),
    /** The chapter's summary points (5–8), rendered after the body. Markdown is not parsed. */
    summary: z.array(z.string().min(10)).min(5, 'A summary has at least 5 points.').max(8, 'A summary has at most 8 points.'),
    /** Annotated further reading (3–6): a bibliography key and why it is worth reading. */
    furtherReading: z
      .array(sourceRef.extend({ /** Why a reader should open this work. */ note: z.string().min(10) }))
      .min(3, 'Give at least 3 further readings.')
      .max(6, 'Give at most 6 further readings.'),
  }),
});

/** A glossary term: `content/glossary/<id>.md`; the file name is the id used by `<Term id>`. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/glossary' }),
  schema: z.object({
    /** The term as it is displayed, e.g. "Co-production". */
    term: z.string().min(2),
    /** A one- or two-sentence definition in the book's own words (shown in the popover). */
    definition: z.string().min(20).max(400),
    /** Where the idea comes from: one or more bibliography keys with page or section. */
    sources: z.array(sourceRef).min(1, 'Every glossary term names at least one source.'),
    /** Other glossary ids worth reading next. */
    related: z.array(reference('glossary')).default([]),
    /** The chapter (file name without .mdx) that explains the term most fully. */
    chapter: z.string().optional(),
  }),
});

export const collections = { chapters, glossary };
