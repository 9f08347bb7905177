// Ids from names and titles.

/** A file-name slug of a title: lowercase ASCII words joined by hyphens, at most 60 characters. */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if ((slug ? slug.length + 1 : 0) + w.length > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug || 'article';
}
