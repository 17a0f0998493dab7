import type {Lexicon} from '../data/lexicon.js'

/**
 * Every entry of a lexicon, in all its languages: unique, sorted.
 *
 * @param lexicons
 *   Lexicons to merge.
 * @returns
 *   Entries (lower case, as written in the data).
 */
export function allOf(...lexicons: ReadonlyArray<Lexicon>): Array<string> {
  const entries = new Set<string>()
  for (const lexicon of lexicons) {
    for (const list of Object.values(lexicon)) {
      if (list) for (const entry of list) entries.add(entry)
    }
  }

  return [...entries].sort()
}

/**
 * A regular expression alternation of entries, longest first (`minuten`
 * before `min`), special characters escaped, as source: `a|b|c`, to put in
 * a group.
 *
 * @param entries
 *   Entries.
 * @returns
 *   Source.
 */
export function alternation(entries: ReadonlyArray<string>): string {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => escapeRegExp(entry))
    .join('|')
}

/**
 * Escape the special characters of a regular expression in text.
 *
 * @param value
 *   Text.
 * @returns
 *   Regular expression source that matches it.
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[$()*+.?[\\\]^{|}]/g, String.raw`\$&`)
}
