import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { APP_ICONS, TOUCH_ICON, type AppIcon } from '~/lib/app-icons';

/** One PNG per icon the manifest and the page head name. */
export const getStaticPaths = (() => [...APP_ICONS, TOUCH_ICON].map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

// The favicon's own blue, so a maskable icon's padding is the same colour as its tile.
const TILE = '#0b5f8a';

/** The favicon drawn at the icon's size: edge to edge, or (maskable) at 70 % inside a full tile, the safe zone launchers keep. */
export const GET: APIRoute = async ({ props }) => {
  const { size, purpose } = (props as { icon: AppIcon }).icon;
  const svg = Buffer.from(favicon);
  const inner = purpose === 'maskable' ? Math.round(size * 0.7) : size;
  const mark = await sharp(svg, { density: Math.ceil((72 * inner) / 32) }).resize(inner, inner).png().toBuffer();
  const png =
    purpose === 'maskable'
      ? await sharp({ create: { width: size, height: size, channels: 4, background: TILE } }).composite([{ input: mark }]).png().toBuffer()
      : mark;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
