import type {VFileMessage} from 'vfile-message'
import type {Place} from '../types.js'
import {breakFinder, breakSize} from './breaks.js'
import {typeOf} from './check.js'
import {htmlSource, startsBlock, type SourcePiece} from './html-source.js'

/**
 * The whitespace rule: cut `places` out of `value` and tidy the lines.
 *
 * ###### Notes
 * This is the one documented rule that turns the input and the stripped
 * places into `text`:
 *
 * 1. every place is cut out of the input;
 * 2. a line that a cut left blank (nothing but white space) disappears,
 *    with its line break;
 * 3. a run of blank lines becomes its first blank line, and blank lines at
 *    the start and at the end go;
 * 4. the text ends in a line break only if the input does;
 * 5. in a page’s HTML source (`htmlSource`), a place that holds a block’s
 *    markup (a block tag, a comment, a script or a style, which the line
 *    layer cuts a line at) breaks the line there: the kept text on either
 *    side of it goes on a line of its own (with the line’s line break, or
 *    `\n` on the last line), and a side that is only white space disappears
 *    as in rule 2. A minified page’s paragraphs come out a line each, not
 *    glued.
 *
 * Everything else, in kept lines and in the line breaks between them, stays
 * byte for byte.
 *
 * @param value
 *   Input.
 * @param places
 *   Places to cut, disjoint (any order).
 * @returns
 *   Text.
 */
export function cleanText(value: string, places: ReadonlyArray<Place>): string {
  if (typeof value !== 'string') throw new TypeError('Expected `value` to be a string, not `' + typeOf(value) + '`')
  if (!Array.isArray(places)) throw new TypeError('Expected `places` to be an array, not `' + typeOf(places) + '`')
  return cutText(value, places, htmlSource(value))
}

/**
 * `cleanText()` with the markup of the input found already (`clean()` has
 * it).
 *
 * @param value
 *   Input.
 * @param places
 *   Places to cut, disjoint (any order).
 * @param html
 *   Markup of the input when it is a page’s HTML source (`htmlSource`).
 * @returns
 *   Text.
 */
export function cutText(value: string, places: ReadonlyArray<Place>, html: ReadonlyArray<SourcePiece> | null | undefined): string {
  const cuts = [...places].sort((a, b) => a.start.offset - b.start.offset)
  // Where blocks of a page’s source start (rule 5), in order.
  const blocks = html ? html.filter((piece) => startsBlock(value, piece)).map((piece) => piece.start) : []
  let block = 0
  const nextBreak = breakFinder(value)
  let result = ''
  let blank: string | undefined
  let lastBreak = ''
  let lineStart = 0
  let cutIndex = 0
  // Kept text of the line (and of lines before it whose line break was cut),
  // and whether a cut touched it.
  let kept = ''
  let cut = false

  while (lineStart <= value.length) {
    const found = nextBreak(lineStart)
    const lineEnd = found < 0 ? value.length : found
    const eol = found < 0 ? '' : value.slice(found, found + breakSize(value, found))
    let from = lineStart
    let joined = false

    // Skip cuts that ended before this line.
    while (cutIndex < cuts.length && cuts[cutIndex]!.end.offset <= lineStart) {
      cutIndex++
    }

    let index = cutIndex
    while (index < cuts.length && cuts[index]!.start.offset <= lineEnd) {
      const place = cuts[index]!
      if (place.start.offset > from) kept += value.slice(from, place.start.offset)
      while (block < blocks.length && blocks[block]! < place.start.offset) block++
      if (block < blocks.length && blocks[block]! < place.end.offset) {
        // Rule 5: the block's markup breaks the line; the text before it
        // is cut there (a blank is no blank line of the source).
        cut = true
        line(eol || '\n')
        cut = true
        while (block < blocks.length && blocks[block]! < place.end.offset) block++
      }

      from = Math.max(from, Math.min(place.end.offset, lineEnd))
      if (place.end.offset > lineEnd) {
        // The cut holds the line break: the next line joins this one.
        cut = true
        joined = eol !== ''
        break
      }

      if (place.start.offset < lineEnd) cut = true
      index++
    }

    cutIndex = index
    if (from < lineEnd) kept += value.slice(from, lineEnd)

    if (joined && found >= 0) {
      lineStart = found + eol.length
      continue
    }

    line(eol)
    if (found < 0) break
    lineStart = found + eol.length
  }

  // The text ends in a line break only if the input does.
  if (lastBreak && !/[\r\n]$/.test(value)) {
    result = result.slice(0, -lastBreak.length)
  }

  return result

  // End the kept line, or drop it (rules 2 and 3).
  function line(eol: string): undefined {
    if (/^\s*$/.test(kept)) {
      // A line a cut emptied disappears; an empty source line is a blank.
      if (!cut && result !== '' && blank === undefined) blank = kept + eol
    } else {
      if (blank !== undefined) result += blank
      blank = undefined
      result += kept + eol
      lastBreak = eol
    }

    kept = ''
    cut = false
    return undefined
  }
}

/**
 * The whitespace rule applied to the places of deboiler messages.
 *
 * @param value
 *   Input.
 * @param messages
 *   Messages of the file; those with a `category` are strips.
 * @param html
 *   Markup of the input when it is a page’s HTML source, `null` when it is
 *   not one, as the line layer read it (`tree.data.deboilerHtml`; default:
 *   found by `htmlSource`).
 * @returns
 *   Text.
 */
export function textFromMessages(
  value: string,
  messages: ReadonlyArray<VFileMessage>,
  html?: ReadonlyArray<SourcePiece> | null | undefined
): string {
  const places: Array<Place> = []
  for (const message of messages) {
    if (message.category !== undefined && message.place && 'start' in message.place) {
      places.push(message.place as Place)
    }
  }

  return cutText(value, places, html === undefined ? htmlSource(value) : html)
}
