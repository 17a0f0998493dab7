import {isImageLine, quoteMarker} from './markup.js'

/**
 * Source lines of one document, as offsets: where each non-blank line
 * starts, where its content starts and ends (without the white space around
 * it), and whether a blank line comes before it.
 */
export interface SourceLines {
  starts: ReadonlyArray<number>
  froms: ReadonlyArray<number>
  tos: ReadonlyArray<number>
  blankBefore: ReadonlyArray<boolean>
}

/**
 * How a document is hard-wrapped.
 */
export interface Wrap {
  /** Width its lines are filled to. */
  width: number
  /** Per non-blank line, `1` when it goes on on the next line. */
  joins: Uint8Array
}

/**
 * Narrowest wrap width looked for: text wrapped narrower is not prose.
 */
const minimumWidth = 40

/**
 * Widest wrap width looked for.
 */
const maximumWidth = 250

/**
 * Share of the line pairs inside blocks that must break as a wrapper breaks
 * for a document to count as hard-wrapped.
 */
const minimumShare = 0.3

/**
 * Fewest such pairs: a few lines that happen to break so are no evidence.
 */
const minimumPairs = 5

/**
 * A line that opens an item or a heading of its own, never the rest of the
 * line above: a list marker, a Markdown heading or quote, a table row.
 */
const opensItem = /^(?:[-*+•·]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\|)/u

/**
 * An image that html-to-text prints as its address, with the words of the
 * block it starts glued to it (`[http://…/bullet1.gif]Keegan arrival…`): an
 * item of a list of teasers, a caption, never the rest of the line above.
 */
const imageOpening = /^\[[^\]\s]{1,300}\.(?:gif|jpe?g|png|svg|webp)(?:\?[^\]\s]{0,200})?\]\p{L}/u

/**
 * A label in capitals that opens a note of its own (`NOTE: Please post…`,
 * `UPDATE: The council…`), never the rest of the line above, however full
 * that line is.
 */
const capitalLabel = /^\p{Lu}{4,}:\s/u

/**
 * Last character of a line that ends a sentence.
 */
const sentenceEnd = /[.!?"”’)]/

/**
 * Find the lines of a hard-wrapped document that go on on the next line.
 *
 * ###### Notes
 * A wrapper (`fold -s`, npm `html-to-text`, an editor, a mail client) fills
 * each line up to a width and breaks at the last space that fits: a line was
 * broken there because the first word of the next line did not fit. So the
 * width is the one at which most pairs of lines inside a block (no blank line
 * between them) break exactly as a wrapper would, while few lines run past it
 * with a space where a wrapper would have broken them. A document whose
 * pairs mostly do not break that way (one paragraph per line, a menu, a
 * list) is not wrapped, and no line is joined. Linear in the lines.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its non-blank lines.
 * @returns
 *   The width, and per line whether it goes on on the next line;
 *   `undefined` when the document is not hard-wrapped.
 */
export function wrapJoins(value: string, lines: SourceLines): Wrap | undefined {
  const count = lines.froms.length
  const size = maximumWidth + 2
  // `fits[w]`: pairs that break as a wrapper at width `w` breaks; `over[w]`:
  // lines running past `w` with a space before it.
  const fits = new Int32Array(size + 1)
  const over = new Int32Array(size + 1)
  const firstWords = new Int32Array(count)
  // Per line, its quote marks (`> > `) when the line above has the same
  // ones and this one has words after them: a block quote wrapped as the
  // text around it, each line under its marks.
  const quoted = new Array<boolean>(count).fill(false)
  let pairs = 0

  for (let index = 0; index < count; index++) {
    const from = lines.froms[index]!
    const to = lines.tos[index]!
    const end = to - lines.starts[index]!
    const space = firstSpace(value, from, to)
    firstWords[index] = space - from
    const marks = quoteMarksOf(value, from, to)
    if (
      marks !== '' &&
      marks.length < to - from &&
      index > 0 &&
      !lines.blankBefore[index] &&
      quoteMarksOf(value, lines.froms[index - 1]!, lines.tos[index - 1]!) === marks
    ) {
      quoted[index] = true
      firstWords[index] = firstSpace(value, from + marks.length, to) - from - marks.length
    }

    // A line with a space at column `c` (from 1) ending at `end` runs past
    // every width from `c` to `end - 1`.
    if (space < to) addRange(over, space - lines.starts[index]! + 1, end - 1)
    if (index === 0 || lines.blankBefore[index]) continue
    const previous = index - 1
    const previousEnd = lines.tos[previous]! - lines.starts[previous]!
    // Broken at width `w` when the line fits (`end ≤ w`) and the next word
    // did not (`end + 1 + word > w`). A wrapper breaks inside sentences: a
    // line that ends one is no evidence (a sentence, then a short label).
    if ((quoted[index] || !opensItem.test(value.slice(from, from + 4))) && !sentenceEnd.test(value.charAt(lines.tos[previous]! - 1))) {
      pairs++
      addRange(fits, previousEnd, previousEnd + firstWords[index]!)
    }
  }

  if (pairs < minimumPairs) return undefined
  let width = 0
  let best = 0
  let fit = 0
  let fitting = 0
  let running = 0

  for (let w = 0; w <= maximumWidth; w++) {
    fitting += fits[w]!
    running += over[w]!
    const score = fitting - 2 * running
    if (w >= minimumWidth && score > best) {
      best = score
      width = w
      fit = fitting
    }
  }

  if (width === 0 || fit < minimumPairs || fit < pairs * minimumShare || overAt(over, width) * 4 > fit) return undefined
  const joins = new Uint8Array(count)
  // First line of the paragraph being joined.
  let first = 0

  for (let index = 1; index < count; index++) {
    const previousEnd = lines.tos[index - 1]! - lines.starts[index - 1]!
    const from = lines.froms[index]!
    if (
      !lines.blankBefore[index] &&
      previousEnd <= width &&
      previousEnd + firstWords[index]! >= width &&
      (quoted[index] || !opensItem.test(value.slice(from, from + 4))) &&
      !(value.charCodeAt(from) === 91 /* `[` */ && imageOpening.test(value.slice(from, from + 320))) &&
      !isImageAlone(value, lines.froms[index - 1]!, lines.tos[index - 1]!) &&
      !isImageAlone(value, from, lines.tos[index]!) &&
      !sameLine(value, lines, first, index) &&
      !isLabel(value, from, lines.tos[index]!) &&
      !capitalLabel.test(value.slice(from, from + maximumLabel))
    ) {
      joins[index - 1] = 1
    } else {
      first = index
    }
  }

  return {width, joins}
}

/**
 * Shortest line that a line starting in lower case may go on from, when
 * the text is wrapped by hand (lines of no fixed width, as in a page’s own
 * HTML source that `cheerio(…).text()` keeps).
 */
const minimumRagged = 40

/**
 * A line’s last character that ends a sentence or a clause, or a label.
 */
const clauseEnd = /[.!?:;"”’)]/

/**
 * A lower-case letter.
 */
const lowerStart = /\p{Ll}/u

/**
 * Add the joins of text wrapped by hand: a line of 40 characters or more
 * that ends no sentence, clause or label goes on on the next line when that
 * one starts with a lower-case letter (`The vision expressed by SIT founder
 * and president emeritus` / `in education and training programs…`).
 *
 * ###### Notes
 * A menu item or a headline is rarely that long and rarely followed by a
 * line in lower case; a wrapped paragraph whose next line starts with a
 * capital or a digit stays cut there, as each piece is still prose. Linear
 * in the lines.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its non-blank lines.
 * @param joins
 *   Joins of a fixed-width wrap, if any (changed in place).
 * @returns
 *   Joins, or `undefined` when there are none.
 */
export function raggedJoins(value: string, lines: SourceLines, joins: Uint8Array | undefined): Uint8Array | undefined {
  let result = joins
  for (let index = 1; index < lines.froms.length; index++) {
    const from = lines.froms[index]!
    const previousEnd = lines.tos[index - 1]!
    if (
      lines.blankBefore[index] ||
      previousEnd - lines.froms[index - 1]! < minimumRagged ||
      !lowerStart.test(value.charAt(from)) ||
      clauseEnd.test(value.charAt(previousEnd - 1)) ||
      isImageAlone(value, lines.froms[index - 1]!, previousEnd) ||
      isImageAlone(value, from, lines.tos[index]!)
    ) {
      continue
    }

    result ??= new Uint8Array(lines.froms.length)
    result[index - 1] = 1
  }

  return result
}

/**
 * Longest label that heads what follows it (`No comments:`, `Tags:`).
 */
const maximumLabel = 24

/**
 * Whether a line is a short label ending in a colon, which heads what
 * follows it rather than ending the line above (`No comments:` under a
 * headline whose last line happens to fill the width).
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the line’s content.
 * @param to
 *   End of the line’s content.
 * @returns
 *   Whether it is.
 */
function isLabel(value: string, from: number, to: number): boolean {
  return to - from <= maximumLabel && value.charCodeAt(to - 1) === 58 /* `:` */
}

/**
 * Whether two lines are the same text: a paragraph printed twice (a caption
 * under its photo and again in the body) does not run on into its copy.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its non-blank lines.
 * @param a
 *   One line.
 * @param b
 *   Another line.
 * @returns
 *   Whether they are.
 */
function sameLine(value: string, lines: SourceLines, a: number, b: number): boolean {
  const length = lines.tos[a]! - lines.froms[a]!
  return (
    a !== b &&
    lines.tos[b]! - lines.froms[b]! === length &&
    value.startsWith(value.slice(lines.froms[a]!, lines.tos[a]!), lines.froms[b]!)
  )
}

/**
 * Lines that run past `width` with a space before it.
 *
 * @param over
 *   Difference array.
 * @param width
 *   Width.
 * @returns
 *   Count.
 */
function overAt(over: Int32Array, width: number): number {
  let total = 0
  for (let w = 0; w <= width; w++) total += over[w]!
  return total
}

/**
 * Add one to every width from `from` to `to` (inclusive), as a difference
 * array, within the widths looked at.
 *
 * @param counts
 *   Difference array.
 * @param from
 *   First width.
 * @param to
 *   Last width.
 */
function addRange(counts: Int32Array, from: number, to: number): undefined {
  if (from > maximumWidth || to < from) return
  counts[Math.max(from, 0)]!++
  counts[Math.min(to, maximumWidth) + 1]!--
}

/**
 * Whether a line is an image alone (`isImageLine`): it stands apart from the
 * text around it, neither the rest of the line above nor the start of the
 * line below.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the line’s content.
 * @param to
 *   End of the line’s content.
 * @returns
 *   Whether it is.
 */
function isImageAlone(value: string, from: number, to: number): boolean {
  const code = value.charCodeAt(from)
  // Most lines start with neither `[`, `h` nor `/`: no slice for them.
  return (code === 91 /* `[` */ || code === 104 /* `h` */ || code === 47) /* `/` */ && isImageLine(value.slice(from, to))
}

/**
 * The quote marks a line’s content starts with (`> > `), or `''`.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the content.
 * @param to
 *   End of the content.
 * @returns
 *   Marks.
 */
function quoteMarksOf(value: string, from: number, to: number): string {
  if (value.charCodeAt(from) !== 62 /* `>` */) return ''
  return quoteMarker.exec(value.slice(from, Math.min(to, from + 40)))?.[0] ?? ''
}

/**
 * Offset of the first white space in a line’s content, or its end.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the content.
 * @param to
 *   End of the content.
 * @returns
 *   Offset.
 */
function firstSpace(value: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 32 || code === 9) return index
  }

  return to
}

/**
 * The opening of a script address in brackets (`[javascript:`), as
 * html-to-text prints the target of a link that runs a script.
 */
const scriptOpening = /\[javascript:/gi

/**
 * Most lines a script address runs over.
 */
const maximumScriptLines = 8

/**
 * Longest script address, in characters.
 */
const maximumScript = 2000

/**
 * Add the joins of a script address that a wrapper broke: html-to-text
 * prints the target of a link that runs a script as it is, spaces and all
 * (`[javascript:void` / `window.open('/components/print.aspx?id=…',` /
 * `'', 'width=700,height=400')]`), and wraps it as words, so its pieces
 * are lines of their own that read as code or words.
 *
 * ###### Notes
 * A line whose last `[` opens `[javascript:` and is not closed on it goes
 * on on the next lines up to the one that closes it, when that comes within
 * `maximumScriptLines` lines, no blank line between, and `maximumScript`
 * characters; else nothing is joined. One search of the document for
 * `[javascript:`, which most documents do not hold; linear in the lines.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its non-blank lines.
 * @param joins
 *   Joins so far, if any (changed in place).
 * @returns
 *   Joins, or `undefined` when there are none.
 */
export function scriptJoins(value: string, lines: SourceLines, joins: Uint8Array | undefined): Uint8Array | undefined {
  let result = joins
  const count = lines.froms.length
  // Line of the opening found last (openings come in the order of lines).
  let index = 0
  scriptOpening.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = scriptOpening.exec(value))) {
    const open = match.index
    while (index < count && lines.tos[index]! <= open) index++
    if (index >= count - 1) break
    // Not the line's last `[`, or closed on its line.
    if (holdsBracket(value, open + 1, lines.tos[index]!)) continue

    for (
      let close = index + 1;
      close < count && close - index <= maximumScriptLines && !lines.blankBefore[close] && lines.tos[close]! - open <= maximumScript;
      close++
    ) {
      if (holdsBracket(value, lines.froms[close]!, lines.tos[close]!, closing)) {
        result ??= new Uint8Array(count)
        for (let at = index; at < close; at++) result[at] = 1
        // The closing line may open another.
        index = close
        scriptOpening.lastIndex = lines.froms[close]!
        break
      }
    }
  }

  return result
}

/**
 * `]`, as a character code.
 */
const closing = 93

/**
 * Whether a range of the document holds a bracket: `[` or `]`, or only the
 * one asked for.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the range.
 * @param to
 *   End of the range.
 * @param only
 *   Code of the one bracket to look for (default: either).
 * @returns
 *   Whether it does.
 */
function holdsBracket(value: string, from: number, to: number, only?: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (only === undefined ? code === 91 /* `[` */ || code === closing : code === only) return true
  }

  return false
}
