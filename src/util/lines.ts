import type {Nodes, Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'

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
 * Longest piece of one line handed to the sentence parser at once.
 *
 * ###### Notes
 * parse-latin’s paragraph plugins splice arrays, so one parse costs more than
 * linear time in its length; a longer line is parsed in pieces cut at white
 * space and joined into one paragraph.
 */
const chunkSize = 4096

/**
 * Characters that make a line blank, and that are trimmed off a line’s content.
 */
const blankCharacter = /\s/

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
 * Hidden slot on a line node holding its text until the line changes.
 */
const valueSlot = Symbol('deboiler.value')

/**
 * Hidden slot on a line node: its sentences once parsed (or set), `undefined`
 * before.
 */
const childrenSlot = Symbol('deboiler.children')

/**
 * Hidden slot on a line node: the document and parser its sentences come from.
 */
const sourceSlot = Symbol('deboiler.source')

/**
 * What a line needs to parse its sentences later: one per document.
 */
interface Source {
  value: string
  parser: ParseEnglish
}

type LazyLine = Paragraph & {
  [valueSlot]: string | undefined
  [childrenSlot]: Paragraph['children'] | undefined
  [sourceSlot]: Source
}

/**
 * The `children` accessor of every line: one pair of functions shared by all
 * lines, so a line costs a few fields, not two closures of its own.
 */
const childrenAccessor: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: LazyLine): Paragraph['children'] {
    this[childrenSlot] ??= parseLine(this)
    return this[childrenSlot]
  },
  set(this: LazyLine, next: Paragraph['children']) {
    this[childrenSlot] = next
  }
}

/**
 * A paragraph for one line whose sentences are parsed when first read.
 *
 * ###### Notes
 * Most lines are judged by their text alone, and the parse is most of the
 * cost of a document (in time and, for large inputs, in memory), so
 * `children` is an own, enumerable accessor that parses the line on first
 * access and keeps the result. To every reader — unist utilities,
 * `nlcst-to-string`, `JSON.stringify`, a plugin of yours — the node is a
 * normal `ParagraphNode` with sentences, words and original positions.
 *
 * @param source
 *   Document and parser.
 * @param start
 *   Point where the line’s content starts.
 * @param end
 *   Point where it ends.
 * @returns
 *   Paragraph.
 */
function lazyParagraph(source: Source, start: Point, end: Point): Paragraph {
  const node = {type: 'ParagraphNode', position: {start, end}} as LazyLine
  Object.defineProperty(node, 'children', childrenAccessor)
  node[valueSlot] = source.value.slice(start.offset, end.offset)
  node[childrenSlot] = undefined
  node[sourceSlot] = source
  return node
}

/**
 * Parse the sentences of a line, in pieces of at most `chunkSize`
 * characters, with the positions of the document.
 *
 * @param node
 *   Line.
 * @returns
 *   Its sentences and the white space between them.
 */
function parseLine(node: LazyLine): Paragraph['children'] {
  const {value, parser} = node[sourceSlot]
  const from = node.position!.start.offset!
  const to = node.position!.end.offset!
  const line = node.position!.start.line
  const lineStart = from - node.position!.start.column + 1
  const result: Paragraph['children'] = []
  let start = from

  while (start < to) {
    const stop = chunkEnd(value, start, to)
    const piece = parser.tokenizeParagraph(value.slice(start, stop))
    shift(piece, start)
    result.push(...piece.children)
    start = stop
  }

  return result

  function point(offset: number): Point {
    return {line, column: offset - lineStart + 1, offset}
  }

  // Points from the parser count from the start of the piece: move them.
  // Parents share point objects with their children, so make new ones.
  function shift(child: Nodes, offset: number): undefined {
    if (child.position) {
      child.position = {
        start: point(child.position.start.offset! + offset),
        end: point(child.position.end.offset! + offset)
      }
    }

    if ('children' in child) {
      for (const grandchild of child.children) shift(grandchild, offset)
    }
  }
}

/**
 * Whether the sentences of a line were parsed yet.
 *
 * @param node
 *   Line.
 * @returns
 *   Whether its `children` were read (or set).
 */
export function isParsed(node: Paragraph): boolean {
  const line = node as Partial<LazyLine>
  return !(sourceSlot in line) || line[childrenSlot] !== undefined
}

/**
 * Where to end a piece of a long line: at white space at most `chunkSize`
 * characters after `start`, or at `chunkSize` when there is none.
 *
 * @param value
 *   Document.
 * @param start
 *   Start of the piece.
 * @param to
 *   End of the line.
 * @returns
 *   End of the piece.
 */
function chunkEnd(value: string, start: number, to: number): number {
  if (to - start <= chunkSize) return to
  let index = start + chunkSize
  while (index > start + chunkSize / 2) {
    if (blankCharacter.test(value.charAt(index))) return index
    index--
  }

  // Do not split a surrogate pair.
  index = start + chunkSize
  const code = value.charCodeAt(index - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? index + 1 : index
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
 * Text of a line, shared by all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   Its text.
 */
export function lineValue(node: Paragraph): string {
  const line = node as LazyLine
  line[valueSlot] ??= toString(node)
  return line[valueSlot]
}

/**
 * Drop the text kept for a line whose content changed.
 *
 * @param node
 *   Line.
 */
export function forgetValue(node: Paragraph): undefined {
  // Read the sentences first, so they are parsed from the old text.
  void node.children
  ;(node as LazyLine)[valueSlot] = undefined
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
