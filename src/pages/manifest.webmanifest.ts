import type { APIRoute } from 'astro';
import { SITE } from '~/lib/site';
import { withBase } from '~/lib/url';
import { APP_ICONS } from '~/lib/app-icons';

/** The web app manifest: what a browser needs to install the book as an app that opens at its home page. */
export const GET: APIRoute = () => {
  const manifest = {
    name: SITE.title,
    short_name: 'Public Value',
    description: SITE.description,
    lang: 'en-GB',
    dir: 'ltr',
    id: withBase('/'),
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#0b5f8a',
    icons: APP_ICONS.map((icon) => ({ src: withBase(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
