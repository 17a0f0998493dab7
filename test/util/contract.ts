import type {CleanResult} from '../../src/index.js'
import {htmlSource, startsBlock} from '../../src/util/html-source.js'

/**
 * Start and end offset of a cut (a `Place`, or anything with offsets).
 */
export interface Cut {
  start: {offset: number}
  end: {offset: number}
}

/**
 * A source line: its content (`from`–`to`) and the line break after it.
 */
interface SourceLine {
  from: number
  to: number
  eol: string
}

/**
 * A line of the output: the kept text of one source line, or of several
 * source lines whose line breaks a cut removed.
 */
interface OutputLine {
  text: string
  eol: string
  touched: boolean
}

/**
 * Check the output contract of `clean()` on one input, throwing (through
 * `expect`) on the first violation.
 *
 * ###### Notes
 * Written apart from `src/util/text.ts` and `src/util/lines.ts`, from the
 * documented rule only, so that the two can disagree:
 *
 * * each `actual` is the input at its place, and a place is not empty;
 * * places are sorted and never overlap;
 * * line and column of each point agree with its offset (`\r\n`, `\n` and
 *   `\r` are line breaks; columns count UTF-16 code units);
 * * `whitespaceRule(input, places)` is exactly `text`.
 *
 * @param input
 *   Input of `clean()`.
 * @param result
 *   Its result.
 */
export function expectContract(input: string, result: CleanResult): undefined {
  const starts = lineStarts(input)
  // Plain checks first, one `expect` at the end: the list of what is wrong.
  const problems: Array<unknown> = []
  let previousEnd = 0

  for (const [index, item] of result.stripped.entries()) {
    const {start, end} = item.place
    if (input.slice(start.offset, end.offset) !== item.actual) {
      problems.push({index, actual: item.actual, place: input.slice(start.offset, end.offset)})
    }

    if (end.offset <= start.offset) problems.push({index, empty: item.place})
    // Sorted and disjoint (touching is fine).
    if (start.offset < previousEnd) problems.push({index, overlaps: previousEnd})
    previousEnd = end.offset
    const expected = {start: pointAt(starts, start.offset), end: pointAt(starts, end.offset)}
    const got = {start: pick(start), end: pick(end)}
    if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push({index, got, expected})
  }

  expect(problems).toEqual([])
  expect(result.text).toBe(
    whitespaceRule(
      input,
      result.stripped.map((item) => item.place)
    )
  )
}

/**
 * The documented whitespace rule, implemented from its description in
 * `src/util/text.ts`, independently of `cleanText()`.
 *
 * ###### Notes
 * 1. every place is cut out of the input (a line break inside a place goes
 *    too, which joins the lines around it);
 * 2. a line that a cut left blank (nothing but white space) disappears,
 *    with its line break;
 * 3. a run of blank lines becomes its first blank line, and blank lines at
 *    the start and at the end go;
 * 4. the text ends in a line break only if the input does;
 * 5. in a page’s HTML source (as `htmlSource` tells, with `startsBlock`), a
 *    place that holds the start of a block’s markup breaks the line where
 *    it starts: the kept text before it is a line (with the line’s line
 *    break, `\n` on the last line), and what follows starts another; both
 *    count as touched by a cut.
 *
 * Places must not split a `\r\n`.
 *
 * @param input
 *   Input.
 * @param cuts
 *   Disjoint places, any order.
 * @returns
 *   Text.
 */
export function whitespaceRule(input: string, cuts: ReadonlyArray<Cut>): string {
  const cut = new Uint8Array(input.length)
  for (const place of cuts) cut.fill(1, place.start.offset, place.end.offset)
  const sorted = [...cuts].sort((a, b) => a.start.offset - b.start.offset)
  // Rule 5: offsets where a place that holds the start of a block starts.
  const starts = (htmlSource(input) ?? []).filter((piece) => startsBlock(input, piece)).map((piece) => piece.start)
  const breaks = new Set(sorted.filter((place) => starts.some((start) => start >= place.start.offset && start < place.end.offset)).map((place) => place.start.offset))

  const output: Array<OutputLine> = []
  let current: OutputLine | undefined

  for (const line of sourceLines(input)) {
    let text = ''
    let split = false
    for (let offset = line.from; offset < line.to; offset++) {
      if (breaks.has(offset)) {
        output.push({text: (current?.text ?? '') + text, eol: line.eol || '\n', touched: true})
        current = undefined
        text = ''
        split = true
      }

      if (!cut[offset]) text += input.charAt(offset)
    }

    // A cut touches a line when it overlaps its content, or spans an empty line.
    const touched = split || overlaps(sorted, line.from, line.to)
    current = current
      ? {text: current.text + text, eol: '', touched: current.touched || touched}
      : {text, eol: '', touched}

    // A cut line break joins this line to the next.
    if (line.eol !== '' && cut[line.to]) continue
    current.eol = line.eol
    output.push(current)
    current = undefined
  }

  const kept = output.filter((line) => !(line.touched && blank(line)))
  let first = 0
  let last = kept.length
  while (first < last && blank(kept[first]!)) first++
  while (last > first && blank(kept[last - 1]!)) last--

  let text = ''
  for (let index = first; index < last; index++) {
    const line = kept[index]!
    if (blank(line) && blank(kept[index - 1]!)) continue
    const final = index === last - 1 && !/[\r\n]$/.test(input)
    text += line.text + (final ? '' : line.eol)
  }

  return text
}

/**
 * Line and column of an offset, counted from the input alone.
 *
 * @param starts
 *   Offsets where lines start (from `lineStarts`).
 * @param offset
 *   Offset.
 * @returns
 *   1-based line and column.
 */
export function pointAt(starts: ReadonlyArray<number>, offset: number): {line: number; column: number} {
  // Binary search for the last line that starts at or before `offset`.
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }

  return {line: low + 1, column: offset - starts[low]! + 1}
}

/**
 * Whether a cut overlaps `from`–`to` (or, for an empty line, spans it).
 *
 * @param sorted
 *   Disjoint cuts sorted by start (so their ends are sorted too).
 * @param from
 *   Start offset.
 * @param to
 *   End offset.
 * @returns
 *   Whether one does.
 */
function overlaps(sorted: ReadonlyArray<Cut>, from: number, to: number): boolean {
  // Binary search for the first cut that ends after `from`.
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (sorted[middle]!.end.offset > from) high = middle
    else low = middle + 1
  }

  return low < sorted.length && sorted[low]!.start.offset < to
}

/**
 * Offsets where lines start, with `\r\n`, `\n` and `\r` as line breaks.
 *
 * @param input
 *   Input.
 * @returns
 *   Offsets, the first being 0.
 */
export function lineStarts(input: string): Array<number> {
  return sourceLines(input).map((line) => line.from)
}

/**
 * Split the input into lines, by scanning it character by character.
 *
 * @param input
 *   Input.
 * @returns
 *   Lines; the last has no line break.
 */
function sourceLines(input: string): Array<SourceLine> {
  const result: Array<SourceLine> = []
  let from = 0
  let offset = 0

  while (offset < input.length) {
    const character = input.charAt(offset)
    if (character === '\r' || character === '\n') {
      const eol = character === '\r' && input.charAt(offset + 1) === '\n' ? '\r\n' : character
      result.push({from, to: offset, eol})
      offset += eol.length
      from = offset
    } else {
      offset++
    }
  }

  result.push({from, to: input.length, eol: ''})
  return result
}

/**
 * Whether an output line is blank.
 *
 * @param line
 *   Output line.
 * @returns
 *   Whether it holds nothing but white space.
 */
function blank(line: OutputLine): boolean {
  return line.text.trim() === ''
}

/**
 * Line and column of a point.
 *
 * @param point
 *   Point.
 * @returns
 *   Line and column.
 */
function pick(point: {line: number; column: number}): {line: number; column: number} {
  return {line: point.line, column: point.column}
}
