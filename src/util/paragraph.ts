import type {Nodes, Paragraph} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'

// A line’s paragraph, whose sentences are parsed when first read.

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
export const blankCharacter = /\s/

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
export interface Source {
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
export function lazyParagraph(source: Source, start: Point, end: Point): Paragraph {
  const node = {type: 'ParagraphNode', position: {start, end}} as LazyLine
  Object.defineProperty(node, 'children', childrenAccessor)
  node[valueSlot] = unbroken(source.value.slice(start.offset, end.offset))
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
  const point = pointsIn(value, node.position!.start, to)
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
 * Text of a line, shared by all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   Its text.
 */
export function lineValue(node: Paragraph): string {
  const line = node as LazyLine
  line[valueSlot] ??= unbroken(toString(node))
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
 * Points of offsets from `anchor` up to `to`, in a text that may hold line
 * breaks (the lines of a hard-wrapped paragraph).
 *
 * @param value
 *   Document.
 * @param anchor
 *   A point of the document.
 * @param to
 *   Last offset asked for.
 * @returns
 *   Point of an offset from `anchor.offset` to `to`, in any order.
 */
export function pointsIn(value: string, anchor: Point, to: number): (offset: number) => Point {
  // Offsets where each line from the anchor’s starts.
  const lineStarts = [anchor.offset! - anchor.column + 1]
  for (let index = anchor.offset!; index < to; index++) {
    const code = value.charCodeAt(index)
    // `\n`, or a `\r` that is not the first half of `\r\n`.
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }

  return function (offset: number): Point {
    let low = 0
    let high = lineStarts.length - 1
    // The last line that starts at or before `offset`.
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return {line: anchor.line + low, column: offset - lineStarts[low]! + 1, offset}
  }
}

/**
 * The text of a line with each line break character (those inside a
 * hard-wrapped paragraph) as a space: rules read one line, and offsets in
 * the text stay those of the document.
 *
 * @param value
 *   Text.
 * @returns
 *   Text without line breaks, same length.
 */
export function unbroken(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/[\n\r]/g, ' ') : value
}
