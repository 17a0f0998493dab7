import type {Nodes, Paragraph, Parents} from 'nlcst'
import type {Point, Position} from 'unist'
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
 * Hidden slot on a line node: the ranges cut out of it before its sentences
 * were parsed (offsets in the document, in order and apart), `undefined`
 * while none is.
 */
const cutsSlot = Symbol('deboiler.cuts')

/**
 * A range of a line, by offsets in the document.
 */
export interface Range {
  start: number
  end: number
}

/**
 * White space as the sentence parser reads it: the characters of its
 * `WhiteSpaceNode`s (parse-latin's `whiteSpace`, which the package does not
 * export; JavaScript's `\s` differs by `U+0085` and `U+FEFF`).
 */
const parserWhiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

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
  [cutsSlot]: Array<Range> | undefined
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
    // New sentences: the ranges waiting for the parse, and the text made
    // from them, are of the old ones.
    this[childrenSlot] = next
    this[cutsSlot] = undefined
    this[valueSlot] = undefined
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
  node[cutsSlot] = undefined
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

  // What rules cut out before the sentences were read, cut out now, as it
  // would have been then.
  const cuts = node[cutsSlot]
  if (cuts === undefined) return result
  const parent = {type: 'ParagraphNode', children: result} as Paragraph
  cutChildren(parent, cuts, point)
  return parent.children

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
  line[valueSlot] ??= unbroken(keptText(node) ?? toString(node))
  return line[valueSlot]
}

/**
 * The text left in a line whose sentences were not parsed yet.
 *
 * @param node
 *   Line.
 * @returns
 *   Text; `undefined` for a parsed line.
 */
function keptText(node: Paragraph): string | undefined {
  const runs = keptRuns(node)
  if (runs === undefined) return undefined
  const value = (node as LazyLine)[sourceSlot].value
  let text = ''
  for (const [start, end] of runs) text += value.slice(start, end)
  return text
}

/**
 * Cut ranges out of a line.
 *
 * ###### Notes
 * A line whose sentences were not parsed yet keeps the ranges (its text is
 * made from what is left when read), and is parsed only when its sentences
 * are read (then the ranges are cut out of them): rules judge the text, and
 * a page's HTML source has a range to cut in most of its lines. A parsed line (or a paragraph from
 * another parser) loses the nodes of the ranges at once, split at their
 * edges.
 *
 * @param node
 *   Line.
 * @param ranges
 *   Ranges inside the line, by offsets in the document, in order and apart.
 * @param point
 *   Point of an offset in the line.
 */
export function cutLine(node: Paragraph, ranges: ReadonlyArray<Range>, point: (offset: number) => Point): undefined {
  if (isUnparsed(node)) {
    node[cutsSlot] = union(node[cutsSlot] ?? [], ranges)
    // Made from the text left when read: a rule may cut many ranges, one
    // call each.
    node[valueSlot] = undefined
    return
  }

  cutChildren(node, ranges, point)
  // Made from the sentences left when read.
  ;(node as Partial<LazyLine>)[valueSlot] = undefined
}

/**
 * Whether a line is one of `lazyParagraph` whose sentences were not parsed
 * yet (nor set).
 *
 * @param node
 *   Line.
 * @returns
 *   Whether it is.
 */
function isUnparsed(node: Paragraph): node is LazyLine {
  return sourceSlot in node && (node as LazyLine)[childrenSlot] === undefined && node.position !== undefined
}

/**
 * The runs of text left in a line whose sentences were not parsed yet,
 * maybe only those between two offsets.
 *
 * @param node
 *   Line.
 * @param start
 *   Offset in the document from which runs are wanted (default: the line's
 *   start).
 * @param end
 *   Offset up to which runs are wanted (default: the line's end).
 * @returns
 *   Runs (start and end offsets in the document), in order, clipped to
 *   `start` and `end`; `undefined` for a parsed line (its leaves tell).
 */
export function keptRuns(node: Paragraph, start?: number, end?: number): Array<[number, number]> | undefined {
  if (!isUnparsed(node)) return undefined
  let from = Math.max(node.position!.start.offset!, start ?? 0)
  const to = Math.min(node.position!.end.offset!, end ?? Number.POSITIVE_INFINITY)
  const cuts = node[cutsSlot] ?? []
  const runs: Array<[number, number]> = []
  // First cut that ends after `from`: many cuts in one line are looked up,
  // not read, by each of many calls.
  let low = 0
  let high = cuts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (cuts[middle]!.end <= from) low = middle + 1
    else high = middle
  }

  for (let index = low; index < cuts.length && from < to; index++) {
    const range = cuts[index]!
    if (range.start >= to) break
    if (range.start > from) runs.push([from, range.start])
    from = Math.max(from, range.end)
  }

  if (to > from) runs.push([from, to])
  return runs
}

/**
 * The contiguous pieces of the text left in a line whose sentences were not
 * parsed yet, without white space at their edges (as `pieces` in
 * `strip.ts` finds them in a parsed line’s leaves).
 *
 * @param node
 *   Line.
 * @returns
 *   Start and end point of each piece; `undefined` for a parsed line. A line
 *   nothing was cut out of is one piece, its own position.
 */
export function unparsedPieces(node: Paragraph): Array<[Point, Point]> | undefined {
  if (!isUnparsed(node)) return undefined
  const position = node.position!
  if (node[cutsSlot] === undefined) return [[position.start, position.end]]
  const runs = keptRuns(node)!
  const value = node[sourceSlot].value
  const point = pointsOf(value, position)
  const result: Array<[Point, Point]> = []
  for (let [start, end] of runs) {
    while (start < end && parserWhiteSpace.test(value.charAt(start))) start++
    while (end > start && parserWhiteSpace.test(value.charAt(end - 1))) end--
    if (start < end) result.push([point(start), point(end)])
  }

  return result
}

/**
 * The union of two lists of ranges, each in order and apart.
 *
 * @param left
 *   Ranges (changed in place, and returned, when those of `right` all come
 *   after them).
 * @param right
 *   Ranges.
 * @returns
 *   Ranges in order and apart (touching ones joined).
 */
function union(left: Array<Range>, right: ReadonlyArray<Range>): Array<Range> {
  // Ranges after all those cut so far (a rule cuts a line from its start to
  // its end) are added in place; else all are sorted again.
  const last = left.at(-1)
  const after = last === undefined || right.length === 0 || right[0]!.start >= last.end
  const result = after ? left : []
  for (const range of after ? right : [...left, ...right].sort((a, b) => a.start - b.start)) {
    const previous = result.at(-1)
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end)
    else result.push({start: range.start, end: range.end})
  }

  return result
}

/**
 * Remove ranges from the children of `parent`, splitting nodes that
 * straddle an edge.
 *
 * @param parent
 *   Line, sentence or word.
 * @param ranges
 *   Ranges, by offsets, in order and apart.
 * @param point
 *   Point of an offset in the line.
 */
export function cutChildren(parent: Parents, ranges: ReadonlyArray<Range>, point: (offset: number) => Point): undefined {
  const children: Array<Nodes> = []
  // First range that ends after the child starts.
  let first = 0

  for (const child of parent.children as Array<Nodes>) {
    const position = child.position!
    const from = position.start.offset!
    const to = position.end.offset!
    while (first < ranges.length && ranges[first]!.end <= from) first++

    if (first === ranges.length || ranges[first]!.start >= to) {
      children.push(child)
      continue
    }

    // Keep the parts of the child outside the ranges.
    let cursor = from
    for (let index = first; index < ranges.length && ranges[index]!.start < to; index++) {
      const range = ranges[index]!
      if (range.start > cursor) children.push(slice(child, cursor, range.start, point))
      cursor = Math.max(cursor, range.end)
    }

    if (cursor < to) children.push(slice(child, cursor, to, point))
  }

  parent.children = children as typeof parent.children
}

/**
 * The part of `node` from `start` to `end`: same type, fewer characters.
 *
 * @param node
 *   Node.
 * @param start
 *   Start offset, inside the node.
 * @param end
 *   End offset, inside the node.
 * @param point
 *   Point of an offset in the line.
 * @returns
 *   New node.
 */
function slice(node: Nodes, start: number, end: number, point: (offset: number) => Point): Nodes {
  const position = node.position!
  const from = position.start.offset!
  const place = {start: point(start), end: point(end)}

  if ('value' in node) {
    return {...node, value: node.value.slice(start - from, end - from), position: place}
  }

  const copy = {...node, position: place} as Parents
  const children: Array<Nodes> = []
  for (const child of node.children as Array<Nodes>) {
    const childStart = child.position!.start.offset!
    const childEnd = child.position!.end.offset!
    if (childEnd <= start || childStart >= end) continue
    children.push(
      childStart >= start && childEnd <= end
        ? child
        : slice(child, Math.max(start, childStart), Math.min(end, childEnd), point)
    )
  }

  copy.children = children as typeof copy.children
  return copy as Nodes
}

/**
 * Points of offsets in a line, by its position: arithmetic on a line of one
 * source line, else `pointsIn` (a hard-wrapped paragraph).
 *
 * @param value
 *   Document.
 * @param position
 *   Position of the line.
 * @returns
 *   Point of an offset in the line.
 */
export function pointsOf(value: string, position: Position): (offset: number) => Point {
  const start = position.start
  if (start.line === position.end.line) {
    return (offset) => ({line: start.line, column: start.column + offset - start.offset!, offset})
  }

  return pointsIn(value, start, position.end.offset!)
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
