import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import {blankCharacter, lazyParagraph, lineValue, type Source} from './paragraph.js'

export {forgetValue, isParsed, lineValue} from './paragraph.js'

declare module 'nlcst' {
  interface RootData {
    /** Every line of the page, as `deboilerLines` parsed it (see `linesOf`). */
    deboilerLines?: Array<Line> | undefined
  }
}

/**
 * A line of the page: the one line record of the pipeline.
 *
 * ###### Notes
 * The line layer makes one per non-blank source line, once; rules mark the
 * lines they strip whole (`strippedBy`, and the line leaves the tree), and
 * the article locator reads them all, the stripped ones as context.
 */
export interface Line {
  /** The line’s paragraph (out of the tree once a rule stripped the whole line). */
  readonly node: Paragraph
  /** Its text, without the white space around it, less what rules cut out of it. */
  readonly value: string
  /** Its place among the lines of the page, from 0. */
  readonly index: number
  /** Whether a blank line comes before it. */
  readonly blankBefore: boolean
  /** Rule id of the strip that took the whole line, once a rule did. */
  strippedBy: string | undefined
}

/**
 * A line of the list; its text is the node’s, so a cut inside the line shows.
 */
class PageLine implements Line {
  strippedBy: string | undefined = undefined
  constructor(
    readonly node: Paragraph,
    readonly index: number,
    readonly blankBefore: boolean
  ) {}

  get value(): string {
    return lineValue(this.node)
  }
}

/**
 * Parse `value` into a root with one paragraph per non-blank line.
 *
 * @param value
 *   Whole document.
 * @param parser
 *   Configured parse-latin family parser.
 * @returns
 *   Root whose children alternate between paragraphs and white space.
 */
export function parseLines(value: string, parser: ParseEnglish): Root {
  const children: Array<RootContent> = []
  let line = 1
  let lineStart = 0
  // Offset (and its point) up to which the input is in `children`.
  let done = 0
  let donePoint: Point = {line: 1, column: 1, offset: 0}
  const page: Array<Line> = []
  const source: Source = {value, parser}
  let blank = false

  // Line breaks as vfile counts them (and so as `place` counts lines).
  const lineBreak = /\r\n|\n|\r/g

  while (lineStart <= value.length) {
    const match = lineBreak.exec(value)
    const lineEnd = match ? match.index : value.length
    let from = lineStart
    let to = lineEnd
    while (from < to && blankCharacter.test(value.charAt(from))) from++
    while (to > from && blankCharacter.test(value.charAt(to - 1))) to--

    if (from < to) {
      // The white space before a line ends where the line starts: one point.
      const start = point(from)
      if (done < from) children.push(whiteSpace(start))
      const node = lazyParagraph(source, start, point(to))
      children.push(node)
      page.push(new PageLine(node, page.length, blank))
      blank = false
      done = to
      donePoint = node.position!.end
    } else {
      blank = true
    }

    if (!match) break
    lineStart = match.index + match[0].length
    line++
  }

  const end = point(value.length)
  if (done < value.length) children.push(whiteSpace(end))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end},
    data: {deboilerLines: page}
  }

  // White space from the end of what is done to `end`.
  function whiteSpace(end: Point): WhiteSpace {
    return {
      type: 'WhiteSpaceNode',
      value: value.slice(done, end.offset),
      position: {start: donePoint, end}
    }
  }

  function point(offset: number): Point {
    return {line, column: offset - lineStart + 1, offset}
  }
}

/**
 * Every line of a page, also the lines rules stripped since, with whether a
 * blank line comes before each.
 *
 * ###### Notes
 * A tree from `deboilerLines` carries its list; for a tree from another
 * parser (one paragraph per line all the same), the list is made from its
 * paragraphs on first use and kept on the tree.
 *
 * @param tree
 *   Root.
 * @returns
 *   Lines, in order.
 */
export function linesOf(tree: Root): ReadonlyArray<Line> {
  const data = (tree.data ??= {})
  data.deboilerLines ??= linesOfTree(tree)
  return data.deboilerLines
}

/**
 * The list of lines of a tree that `deboilerLines` did not parse.
 *
 * @param tree
 *   Root.
 * @returns
 *   Lines.
 */
function linesOfTree(tree: Root): Array<Line> {
  const result: Array<Line> = []
  let blank = false

  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode') {
      // Two line breaks or more hold a blank line.
      blank = lineBreaks(child.value) > 1
    } else if (child.type === 'ParagraphNode') {
      result.push(new PageLine(child, result.length, blank))
      blank = false
    }
  }

  return result
}

/**
 * The lines of a tree parsed by `deboilerLines`: its paragraphs.
 *
 * @param tree
 *   Root.
 * @returns
 *   Paragraphs, in order.
 */
export function lines(tree: Root): Array<Paragraph> {
  const result: Array<Paragraph> = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') result.push(child)
  }

  return result
}

/**
 * Count line breaks (`\r\n`, `\n` or `\r`, as vfile counts lines) in a part
 * of a text.
 *
 * @param value
 *   Text.
 * @param start
 *   Start offset (default: `0`).
 * @param end
 *   End offset (default: the end; never between `\r` and `\n`).
 * @returns
 *   Count.
 */
export function lineBreaks(value: string, start = 0, end = value.length): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    // `\n`, or a `\r` that is not the first half of `\r\n`.
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) count++
  }

  return count
}
