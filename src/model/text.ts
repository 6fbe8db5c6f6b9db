/**
 * Normalises text for verbatim comparison, forgiving only typography that differs between
 * copies of the same words: runs of whitespace (including non-breaking spaces), curly versus
 * straight quotes and apostrophes, and the various dashes and hyphens. Letters, case and
 * punctuation otherwise must match exactly.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `needle`, normalised, occurs in a text already normalised by {@link normalizeForMatch}. */
export function includesNormalized(normalizedHaystack: string, needle: string): boolean {
  const n = normalizeForMatch(needle);
  return n.length > 0 && normalizedHaystack.includes(n);
}

/**
 * Where a `needle` that does not occur in a normalised text stops matching: the longest
 * beginning of the normalised needle that does occur (`matched`) and the rest (`rest`). Tells an
 * editor where an excerpt departs from its article.
 */
export function matchedPrefix(normalizedHaystack: string, needle: string): { matched: string; rest: string } {
  const n = normalizeForMatch(needle);
  // If a beginning of length k occurs, every shorter one does: search the longest by halves.
  let low = 0;
  let high = n.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (normalizedHaystack.includes(n.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return { matched: n.slice(0, low), rest: n.slice(low) };
}

/** `text` as a regular-expression source that matches it literally ("U.S." → "U\.S\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
