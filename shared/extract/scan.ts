// Cheap literal checks that run before an expensive pattern. Each anchor list names words that every match of
// the guarded pattern must contain, so a text without any of them cannot match and the pattern is not run:
// results are the same, only the work on texts that cannot match is saved.

const lowerCache: { text: string; lower: string }[] = [];

/** `text.toLowerCase()`, remembered for the last few texts (the same body is checked by many patterns). */
export function lowerOf(text: string): string {
  for (const e of lowerCache) if (e.text === text) return e.lower;
  const lower = text.toLowerCase();
  if (lowerCache.length >= 6) lowerCache.shift();
  lowerCache.push({ text, lower });
  return lower;
}

/** True when `text` contains at least one of the anchors. */
export function hasAny(text: string, anchors: readonly string[]): boolean {
  for (const a of anchors) if (text.includes(a)) return true;
  return false;
}

/** `re.test(text)` for a case-insensitive pattern whose matches all contain one of the lower-case anchors. */
export function testGuarded(re: RegExp, anchors: readonly string[], text: string): boolean {
  if (!hasAny(lowerOf(text), anchors)) {
    re.lastIndex = 0;
    return false;
  }
  return re.test(text);
}
