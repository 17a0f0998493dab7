/**
 * Find the next line break of a text, as vfile counts them (`\r\n`, `\n`,
 * or a `\r` alone).
 *
 * ###### Notes
 * Two `indexOf` searches, each remembered until the scan passes it: no
 * match object per line, as `/\r\n|\n|\r/g.exec()` makes (two of the
 * largest garbage makers of a run, one per line of the input in
 * `sourceLines` and in `cleanText`).
 *
 * @param value
 *   Text.
 * @returns
 *   Function that takes an offset (each call one at least as large as the
 *   call before) and returns the offset of the first line break at or after
 *   it, or `-1` when none follows.
 */
export function breakFinder(value: string): (from: number) => number {
  let lineFeed = -2
  let carriageReturn = -2

  return function (from) {
    if (lineFeed !== -1 && lineFeed < from) lineFeed = value.indexOf('\n', from)
    if (carriageReturn !== -1 && carriageReturn < from) carriageReturn = value.indexOf('\r', from)
    if (lineFeed === -1) return carriageReturn
    if (carriageReturn === -1) return lineFeed
    return Math.min(lineFeed, carriageReturn)
  }
}

/**
 * Size of the line break at an offset (`\r\n` is one break of two).
 *
 * @param value
 *   Text.
 * @param offset
 *   Offset of a line break (from `breakFinder`).
 * @returns
 *   `2` or `1`.
 */
export function breakSize(value: string, offset: number): number {
  return value.charCodeAt(offset) === 13 && value.charCodeAt(offset + 1) === 10 ? 2 : 1
}
