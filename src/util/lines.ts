import type {Nodes, Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import {textFromMessages} from './text.js'

// The `nlcst*Extensions` data fields are typed by `retext-english`.
import type {} from 'retext-english'

type Extension<Node> = (node: Node) => undefined | void

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
 * Parse plain text as one paragraph per source line, in linear time.
 *
 * ###### Notes
 * The retext parsers join consecutive lines into one paragraph unless a line
 * ends in terminal punctuation, so `Related Posts` and the teasers under it
 * would be one sentence. This plugin replaces the parser: every source line
 * becomes its own `ParagraphNode` (its content, trimmed of white space), and
 * everything between two lines is one `WhiteSpaceNode` at root level.
 * Positions are those of the original input.
 *
 * It also sets the compiler: the output is the input with every place that a
 * deboiler rule reported cut out, under the whitespace rule of `cleanText()`.
 * Use it after `retext-english` (or instead of it) and before any rule.
 *
 * @returns
 *   Nothing.
 */
export default function deboilerLines(this: Processor): undefined {
  const self = this

  self.parser = parser
  self.compiler = compiler

  function parser(value: string): Root {
    const english = new ParseEnglish()
    add(english.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(english.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    return parseLines(value, english)
  }

  function compiler(_tree: unknown, file: VFile): string {
    return textFromMessages(String(file), file.messages)
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
  const page: Array<PageLine> = []
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
      if (done < from) children.push(whiteSpace(point(from)))
      const node = paragraph(from, to)
      children.push(node)
      page.push({node, value: lineValue(node), blankBefore: blank})
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

  const root: Root = {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end}
  }
  pages.set(root, page)
  return root

  function paragraph(from: number, to: number): Paragraph {
    return lazyParagraph(value, from, to, line, lineStart, parser)
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
 * A line of the page as parsed, before any rule stripped anything.
 */
export interface PageLine {
  /** The line’s paragraph (maybe no longer in the tree). */
  node: Paragraph
  /** Its text as parsed. */
  value: string
  /** Whether a blank line comes before it. */
  blankBefore: boolean
}

/**
 * The lines of each page as parsed, for plugins that judge a line with all
 * its neighbours, also those an earlier rule stripped.
 */
const pages = new WeakMap<Root, ReadonlyArray<PageLine>>()

/**
 * Every line of a page as `deboilerLines` parsed it, also the lines rules
 * stripped since, with whether a blank line comes before each.
 *
 * @param tree
 *   Root from `deboilerLines`.
 * @returns
 *   Lines, or `undefined` for a tree from another parser.
 */
export function pageLines(tree: Root): ReadonlyArray<PageLine> | undefined {
  return pages.get(tree)
}

/**
 * Hidden slot on a line node holding its text until the line changes.
 */
const valueSlot = Symbol('deboiler.value')

/**
 * Hidden slot on a line node: `false` until its sentences are parsed.
 */
const parsedSlot = Symbol('deboiler.parsed')

type Line = Paragraph & {[valueSlot]?: string | undefined; [parsedSlot]?: boolean}

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
 * @param value
 *   Document.
 * @param from
 *   Start offset of the line’s content.
 * @param to
 *   End offset of the line’s content.
 * @param line
 *   Line number.
 * @param lineStart
 *   Offset where the line starts.
 * @param parser
 *   Parser.
 * @returns
 *   Paragraph.
 */
function lazyParagraph(
  value: string,
  from: number,
  to: number,
  line: number,
  lineStart: number,
  parser: ParseEnglish
): Paragraph {
  let children: Paragraph['children'] | undefined
  const node = {
    type: 'ParagraphNode',
    position: {start: point(from), end: point(to)}
  } as Line

  Object.defineProperty(node, 'children', {
    configurable: true,
    enumerable: true,
    get() {
      node[parsedSlot] = true
      children ??= parse()
      return children
    },
    set(next: Paragraph['children']) {
      node[parsedSlot] = true
      children = next
    }
  })
  node[valueSlot] = value.slice(from, to)
  node[parsedSlot] = false
  return node

  function parse(): Paragraph['children'] {
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
  }

  function point(offset: number): Point {
    return {line, column: offset - lineStart + 1, offset}
  }

  // Points from the parser count from the start of the piece: move them.
  // Parents share point objects with their children, so make new ones.
  function shift(node: Nodes, offset: number): undefined {
    if (node.position) {
      node.position = {
        start: point(node.position.start.offset! + offset),
        end: point(node.position.end.offset! + offset)
      }
    }

    if ('children' in node) {
      for (const child of node.children) shift(child, offset)
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
  return (node as Line)[parsedSlot] !== false
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
  const line = node as Line
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
  ;(node as Line)[valueSlot] = undefined
}

/**
 * Add parser extensions, as retext-english does.
 *
 * @param list
 *   Plugins of the parser.
 * @param values
 *   Extensions to add first (optional).
 */
function add<Node>(
  list: Array<Extension<Node>>,
  values: Array<Extension<Node>> | undefined
): undefined {
  if (values) list.unshift(...values)
}
