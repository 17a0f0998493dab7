import type {Nodes, Paragraph, Parents, Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Category, Place} from '../types.js'
import {cutLine, formatOf, keptRuns, lineBreaks, lineOf, lineValue, linesOf, pointsOf, unparsedPieces, type Line} from './lines.js'
import {markdownFences} from './markup.js'
import {pageMemo} from './page-memo.js'

/**
 * Who reports a strip.
 */
export interface RuleMeta {
  /** Kind of debris. */
  category: Category
  /** Default rule id, kebab-case, prefixed by the category (example: `'counter-hits'`). */
  ruleId: string
  /** Namespace of the rule (default: `'deboiler'`). */
  source?: string | undefined
  /** Link to the docs (default: the README section of the category, for built-in rules). */
  url?: string | undefined
}

/**
 * Why something is stripped.
 */
export interface Verdict {
  /** One sentence, markdown (example: ``'Unexpected hit counter `Hits: 81`'``). */
  reason: string
  /** Rule id, when not the default one of the rule. */
  ruleId?: string | undefined
  /** Longer explanation: which cue fired, a score (optional). */
  note?: string | undefined
  /** Message about related text, such as the kept copy of a duplicate (optional). */
  cause?: VFileMessage | undefined
}

/**
 * Records strips and removes what they cover from the tree in one pass.
 */
export interface Stripper {
  /** Strip a whole line. */
  line(node: Paragraph, verdict: Verdict): undefined
  /**
   * Strip the text from offset `start` to `end` (exclusive) inside a line,
   * such as a template artifact at the end of a kept sentence; nodes that
   * straddle an edge are split there.
   */
  range(node: Paragraph, start: number, end: number, verdict: Verdict): undefined
  /**
   * Strip many pieces of one line at once, each with its verdict: as many
   * calls of `range`, in one pass over the line (a line of a page’s HTML
   * source can hold thousands of tags).
   * The pieces are by input offsets, in order and apart.
   */
  ranges(node: Paragraph, pieces: ReadonlyArray<Cut>): undefined
  /** Remove everything stripped from the tree; call once, at the end of the transform. */
  apply(): undefined
}

/**
 * A piece of a line to strip, by input offsets (`end` exclusive).
 */
export interface Cut {
  start: number
  end: number
  verdict: Verdict
}

const docs = 'https://github.com/deboiler/deboiler#'

/**
 * The `meta` of every built-in rule: only those keep, rather than strip,
 * the lines of a category switched off (a rule of yours strips what it
 * finds; `rules` turns off built-in rules).
 */
const builtins = new WeakSet<object>()

/**
 * Mark the `meta` of a built-in rule.
 *
 * @param meta
 *   Meta.
 * @returns
 *   The same meta.
 */
export function builtin<Meta extends object>(meta: Meta): Meta {
  builtins.add(meta)
  return meta
}

/**
 * The fenced code blocks of a page's lines (`markdownFences`), if it has
 * any: found once a page (`pageMemo`), before the first rule cuts a line.
 */
const fencesOf = pageMemo(function (lines: ReadonlyArray<Line>): Int32Array | undefined {
  const blocks = markdownFences(lines)
  return blocks.some((start) => start >= 0) ? blocks : undefined
})

/**
 * The fenced code blocks of a Markdown page (`markdownFences`), if it has
 * any.
 *
 * @param tree
 *   Root from `deboilerLines`.
 * @returns
 *   Per line, the first line of its block or `-1`; nothing when the page is
 *   not Markdown or has no block.
 */
function verbatimOf(tree: Root): Int32Array | undefined {
  return formatOf(tree).markup === 'markdown' ? fencesOf(linesOf(tree)) : undefined
}

/**
 * Make a stripper for one run of one rule over `tree`.
 *
 * ###### Notes
 * This is the only place that creates messages, so every strip has the same
 * fields: `reason`, `ruleId`, `source`, `place`, `ancestors`, `actual`,
 * `expected: ['']`, `url`, `category` and maybe `note` and `cause`.
 * `place` never covers text an earlier rule already stripped: a line with an
 * inline hole is reported as one message per piece around the hole.
 *
 * @param tree
 *   Root from `deboilerLines`.
 * @param file
 *   File the messages go to.
 * @param meta
 *   Rule.
 * @returns
 *   Stripper.
 */
export function stripper(tree: Root, file: VFile, meta: RuleMeta): Stripper {
  // The page’s lines; a tree from another parser is checked to have one
  // paragraph per line.
  linesOf(tree)
  const value = String(file)
  const source = meta.source ?? 'deboiler'
  const url = meta.url ?? (source === 'deboiler' ? docs + meta.category : undefined)
  // Lines stripped whole, and lines with a range cut out, with the rule id
  // of the strip.
  const lines = new Map<Paragraph, string>()
  const changed = new Map<Paragraph, string>()
  const pointers = new Map<Paragraph, (offset: number) => Point>()
  // A category switched off strips nothing: the lines it would take stay,
  // marked, so the locator keeps them too.
  const kept = builtins.has(meta) && tree.data?.deboilerKeep?.includes(meta.category) === true
  // A fenced code block of a Markdown page is its verbatim text: no built-in
  // rule cuts into it (the article locator, which keeps or drops a block
  // whole, and a rule of yours strip what they ask for).
  const verbatim = builtins.has(meta) ? verbatimOf(tree) : undefined

  return kept ? {line: keepLine, range: keepRange, ranges: keepRange, apply: keepApply} : {line, range, ranges, apply}

  function shielded(node: Paragraph): boolean {
    if (!verbatim) return false
    const line = lineOf(linesOf(tree), node)
    return line !== undefined && verbatim[line.index]! >= 0
  }

  function keepLine(node: Paragraph): undefined {
    if (shielded(node)) return
    lines.set(node, meta.category)
  }

  function keepRange(node: Paragraph): undefined {
    if (shielded(node)) return
    // A line with a piece the category would cut out stays whole.
    lines.set(node, meta.category)
  }

  function keepApply(): undefined {
    mark(linesOf(tree), lines, function (line) {
      line.keptFor ??= meta.category
    })
  }

  function line(node: Paragraph, verdict: Verdict): undefined {
    if (lines.has(node) || shielded(node)) return
    lines.set(node, verdict.ruleId ?? meta.ruleId)
    for (const [start, end] of pieces(node)) report(node, start, end, verdict)
  }

  function range(node: Paragraph, start: number, end: number, verdict: Verdict): undefined {
    ranges(node, [{start, end, verdict}])
  }

  function ranges(node: Paragraph, cuts: ReadonlyArray<Cut>): undefined {
    const position = node.position
    if (lines.has(node) || !position || shielded(node)) return
    const lineStart = position.start.offset!
    const lineEnd = position.end.offset!
    const inside: Array<Cut> = []
    for (const piece of cuts) {
      const from = Math.max(piece.start, lineStart)
      const to = Math.min(piece.end, lineEnd)
      if (from < to) inside.push(from === piece.start && to === piece.end ? piece : {start: from, end: to, verdict: piece.verdict})
    }

    if (inside.length === 0) return
    // Text an earlier rule cut out is not reported again: one message per run.
    const runs = remaining(node, inside)
    const point = pointer(node)
    cutLine(node, inside, point)
    changed.set(node, inside[0]!.verdict.ruleId ?? meta.ruleId)
    for (const [index, piece] of inside.entries()) {
      for (const [runStart, runEnd] of runs[index]!) {
        report(node, point(runStart), point(runEnd), piece.verdict)
      }
    }
  }

  // Points of offsets in a line: one table of line starts per hard-wrapped
  // line, so many cuts in a long one stay linear.
  function pointer(node: Paragraph): (offset: number) => Point {
    const position = node.position!
    if (position.start.line === position.end.line) return pointsOf(value, position)
    let found = pointers.get(node)
    if (!found) {
      found = pointsOf(value, position)
      pointers.set(node, found)
    }

    return found
  }

  function report(node: Node, start: Point, end: Point, verdict: Verdict): undefined {
    const place = {start, end} as Place
    // A message is an `Error`: capturing its stack trace would be most of the
    // cost of a strip, and a record of a strip has no use for one.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: VFileMessage
    try {
      message = file.info(verdict.reason, {
        ancestors: [tree, node],
        cause: verdict.cause,
        place,
        ruleId: verdict.ruleId ?? meta.ruleId,
        source
      })
    } finally {
      Error.stackTraceLimit = limit
    }

    // A whole line is its own text: share it (a large input has hundreds of
    // thousands of strips, and the reason often quotes the same string).
    // (Not a hard-wrapped line: its text reads its line breaks as spaces.)
    message.actual =
      place.start === node.position?.start &&
      place.end === node.position.end &&
      place.start.line === place.end.line &&
      node.type === 'ParagraphNode'
        ? lineValue(node as Paragraph)
        : value.slice(place.start.offset, place.end.offset)
    message.expected = ['']
    message.category = meta.category
    if (url) message.url = url
    if (verdict.note) message.note = verdict.note
  }

  function apply(): undefined {
    // A line whose every piece was cut out goes as a whole.
    for (const [node, ruleId] of changed) {
      if (pieces(node).length === 0 && !lines.has(node)) lines.set(node, ruleId)
    }

    if (lines.size === 0) return
    // Mark them in the page’s list of lines, then take them out of the tree.
    mark(linesOf(tree), lines, function (line, ruleId) {
      line.strippedBy ??= ruleId
    })

    removeLines(tree, lines)
  }
}

/**
 * Mark the lines of some paragraphs in the page’s list of lines.
 *
 * ###### Notes
 * Each paragraph is found through its line (`lineOf`), not by reading every
 * line of the page: every rule marks what it took, and most take a few
 * lines. A list of lines made elsewhere is read whole.
 *
 * @param page
 *   Lines of the page.
 * @param nodes
 *   Paragraphs, each with the rule id that took it.
 * @param set
 *   Mark a line.
 * @returns
 *   Nothing.
 */
function mark(page: ReadonlyArray<Line>, nodes: ReadonlyMap<Paragraph, string>, set: (line: Line, ruleId: string) => undefined): undefined {
  let missed = false
  for (const [node, ruleId] of nodes) {
    const line = lineOf(page, node)
    if (line) set(line, ruleId)
    else missed = true
  }

  if (!missed) return
  for (const line of page) {
    const ruleId = nodes.get(line.node)
    if (ruleId !== undefined) set(line, ruleId)
  }
}

/**
 * Remove lines from the root, keeping one white space node between the lines
 * around them: the one with the most line breaks.
 *
 * ###### Notes
 * The children are compacted in place: a block of a large input has tens of
 * thousands of them, and a new array per rule would be large garbage.
 *
 * @param tree
 *   Root.
 * @param removed
 *   Lines to remove.
 */
function removeLines(tree: Root, removed: ReadonlyMap<Paragraph, string>): undefined {
  const children = tree.children
  let length = 0

  for (const child of children) {
    if (child.type === 'ParagraphNode' && removed.has(child)) continue
    const previous = length > 0 ? children[length - 1] : undefined
    if (child.type === 'WhiteSpaceNode' && previous?.type === 'WhiteSpaceNode') {
      if (lineBreaks(child.value) > lineBreaks(previous.value)) children[length - 1] = child
      continue
    }

    children[length++] = child
  }

  children.length = length
}

/**
 * The contiguous pieces of a line’s remaining text, without white space at
 * their edges.
 *
 * @param node
 *   Line.
 * @returns
 *   Start and end point of each piece.
 */
export function pieces(node: Parents): Array<[Point, Point]> {
  // A line not parsed: its pieces are in the text left.
  const unparsed = node.type === 'ParagraphNode' ? unparsedPieces(node) : undefined
  if (unparsed) return unparsed

  const result: Array<[Point, Point]> = []
  let start: Point | undefined
  let end: Point | undefined
  // Offset where the previous leaf ended.
  let cursor: number | undefined

  eachLeaf(node, function (child) {
    const position = child.position
    if (!position) return
    if (position.start.offset !== cursor) close()
    cursor = position.end.offset

    // White space joins text but does not start or end a piece.
    if (child.type !== 'WhiteSpaceNode') {
      start ??= position.start
      end = position.end
    }
  })
  close()
  return result

  function close(): undefined {
    if (start && end) result.push([start, end])
    start = undefined
    end = undefined
  }
}

/**
 * The runs of text still in `node` inside each of some pieces.
 *
 * @param node
 *   Line.
 * @param pieces
 *   Pieces, by offsets, in order and apart.
 * @returns
 *   Runs of each piece (`[start, end]` offsets), in the order of the pieces.
 */
function remaining(node: Parents, pieces: ReadonlyArray<Cut>): Array<Array<[number, number]>> {
  const result = pieces.map((): Array<[number, number]> => [])
  // First piece that ends after the run starts.
  let first = 0
  if (pieces.length === 0) return result
  // A line not parsed yet: its runs of text left, only those the pieces
  // reach (a rule may cut many ranges out of one line, one call each); else
  // its leaves.
  const runs = node.type === 'ParagraphNode' ? keptRuns(node, pieces[0]!.start, pieces.at(-1)!.end) : undefined
  if (runs) {
    for (const [start, end] of runs) take(start, end)
  } else {
    eachLeaf(node, function (child) {
      take(child.position!.start.offset!, child.position!.end.offset!)
    })
  }

  return result

  function take(start: number, end: number): undefined {
    while (first < pieces.length && pieces[first]!.end <= start) first++
    for (let index = first; index < pieces.length && pieces[index]!.start < end; index++) {
      const from = Math.max(pieces[index]!.start, start)
      const to = Math.min(pieces[index]!.end, end)
      if (from >= to) continue
      const found = result[index]!
      const last = found.at(-1)
      if (last && last[1] === from) last[1] = to
      else found.push([from, to])
    }
  }
}

/**
 * Call `visit` with every leaf (word part, punctuation, white space…) under
 * `parent`, in order.
 *
 * @param parent
 *   Line, sentence or word.
 * @param visit
 *   Called with each leaf.
 */
function eachLeaf(parent: Parents, visit: (leaf: Exclude<Nodes, Parents>) => undefined): undefined {
  for (const child of parent.children as Array<Nodes>) {
    if ('children' in child) eachLeaf(child, visit)
    else visit(child)
  }
}
