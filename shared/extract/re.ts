// Compiled patterns built from per-message words (user names, the company) are kept, so the same message shape
// does not recompile them on every call. Bounded: the cache is dropped when it grows past a few hundred entries.
const cache = new Map<string, RegExp>();
const MAX_PATTERNS = 500;

/** A RegExp for `source`/`flags`, compiled once. Callers of a global or sticky pattern must reset `lastIndex`. */
export function cachedRe(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    if (cache.size >= MAX_PATTERNS) cache.clear();
    cache.set(key, re);
  }
  return re;
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, trimmed, without accents ("  São Paulo" → "sao paulo"): how names and words are compared. */
export const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
