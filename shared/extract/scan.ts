// Cheap literal checks that run before an expensive pattern. Each anchor list names words that every match of
// the guarded pattern must contain (case as written), so a text without any of them cannot match and the pattern
// is not run: results are the same, only the work on texts that cannot match is saved. Keep the lists short:
// each anchor is one more pass over the text.

/** True when `text` contains at least one of the anchors. */
export function hasAny(text: string, anchors: readonly string[]): boolean {
  for (const a of anchors) if (text.includes(a)) return true;
  return false;
}
