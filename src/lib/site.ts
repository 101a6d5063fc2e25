/** The book's name on its own, for code that runs in the browser (citations) and need not carry the rest of SITE. */
export const BOOK_TITLE = 'Public Value & Co-production';

/** The book's name, tagline and licence wording, used by every page's head and footer. */
export const SITE = {
  title: BOOK_TITLE,
  tagline: 'An explorable textbook on how public services create value with citizens',
  description:
    'An open, explorable textbook: bureaucracy, New Public Management, public value and the strategic triangle, and co-production of public services, with interactive widgets and a self-assessment.',
  licence: 'Text and figures CC BY 4.0; code MIT.',
} as const;
