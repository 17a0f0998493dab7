import type {CleanResult} from '../../src/index.js'

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
  let previousEnd = 0

  for (const item of result.stripped) {
    const {start, end} = item.place
    expect({actual: item.actual, place: input.slice(start.offset, end.offset)}).toEqual({
      actual: item.actual,
      place: item.actual
    })
    expect(end.offset).toBeGreaterThan(start.offset)
    // Sorted and disjoint (touching is fine).
    expect(start.offset).toBeGreaterThanOrEqual(previousEnd)
    previousEnd = end.offset
    expect({start: pick(start), end: pick(end)}).toEqual({
      start: pointAt(starts, start.offset),
      end: pointAt(starts, end.offset)
    })
  }

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
 * 4. the text ends in a line break only if the input does.
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

  const output: Array<OutputLine> = []
  let current: OutputLine | undefined

  for (const line of sourceLines(input)) {
    let text = ''
    for (let offset = line.from; offset < line.to; offset++) {
      if (!cut[offset]) text += input.charAt(offset)
    }

    // A cut touches a line when it overlaps its content, or spans an empty line.
    const touched = cuts.some(
      (place) => place.start.offset < line.to && place.end.offset > line.from
    )
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
  let line = 0
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
  return {line: line + 1, column: offset - starts[line]! + 1}
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
