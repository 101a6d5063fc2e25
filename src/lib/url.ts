/** Prefixes a site-absolute path ("/glossary/") with the configured base, so sub-path hosting works. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
