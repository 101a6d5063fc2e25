// The peer site for `npm run bench:peer`: a plain Starlight site holding the book's chapters 4 and 7 as
// Markdown (written into src/content/docs/chapters/ by test/bench/peer.mjs before each build).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [
    starlight({
      title: 'Public Value & Co-production',
      sidebar: [{ label: 'Chapters', items: [{ autogenerate: { directory: 'chapters' } }] }],
    }),
  ],
});
