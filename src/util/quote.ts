/**
 * Longest text a reason quotes whole.
 */
export const quoteLength = 60

/**
 * Shorten text to quote it in a reason.
 *
 * @param value
 *   Text (a line, or the part of one that is stripped).
 * @param size
 *   Longest text quoted whole (default: `quoteLength`).
 * @returns
 *   The text, or its first `size - 1` characters (one fewer rather than half
 *   a surrogate pair, and without white space at the end) and `…`.
 */
export function quote(value: string, size = quoteLength): string {
  if (value.length <= size) return value
  let end = size - 1
  const code = value.charCodeAt(end - 1)
  // Do not cut a surrogate pair.
  if (code >= 0xd8_00 && code <= 0xdb_ff) end--
  return value.slice(0, end).trimEnd() + '…'
}

/**
 * The reason of a strip, in the form of the unified collective: ``Unexpected
 * hit counter `Hits: 81` ``.
 *
 * @param what
 *   What the text is (example: `'hit counter'`).
 * @param actual
 *   Text that is stripped, quoted up to `quoteLength` characters.
 * @returns
 *   Reason.
 */
export function unexpected(what: string, actual: string): string {
  return 'Unexpected ' + what + ' `' + quote(actual) + '`'
}
