/**
 * The PDF edition's names, shared by the pages that link the PDFs and the edition description the PDF
 * script reads (src/pages/pdf/edition.json.ts). The PDFs themselves are made after the build by
 * `npm run pdf` (src/pdf/make-pdf.mjs), which needs Chromium; see README.
 */
import { withBase } from './url';

/** The folder of dist/ the PDF script writes into. */
export const PDF_FOLDER = '/pdf/';

/** File name of the whole book's PDF. */
export const BOOK_PDF = 'public-value-and-co-production.pdf';

/** File name of a chapter's PDF: its slug, e.g. 04-strategic-triangle.pdf. */
export function chapterPdf(chapterId: string): string {
  return `${chapterId}.pdf`;
}

/** Site path of a PDF file in the edition folder, with the base. */
export function pdfHref(file: string): string {
  return withBase(`${PDF_FOLDER}${file}`);
}
