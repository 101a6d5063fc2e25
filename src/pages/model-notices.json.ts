import type { APIRoute } from 'astro';
import { noticeTable } from '@components/widget/version-note';

/** What opening a link or file made with another version of the model means, for every widget kind, version and preset (see version-lookup.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(noticeTable(['triangle', 'typology', 'modes', 'capacities', 'assessment'])), { headers: { 'Content-Type': 'application/json' } });
