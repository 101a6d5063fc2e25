/** The installed app's icons, all drawn from public/favicon.svg at build time (src/pages/icons/). */
export interface AppIcon {
  /** File name without ".png", under /icons/. */
  name: string;
  /** Width and height in pixels. */
  size: number;
  /** "any" draws the favicon edge to edge; "maskable" pads it so a launcher's mask never clips the mark. */
  purpose: 'any' | 'maskable';
}

/** Every icon the manifest lists, plus the one iOS reads from `apple-touch-icon`. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** The icon iOS shows on the home screen (it ignores the manifest's icons). */
export const TOUCH_ICON: AppIcon = { name: 'apple-touch-icon', size: 180, purpose: 'maskable' };
