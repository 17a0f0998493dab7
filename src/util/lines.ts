import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import {breakFinder, breakSize} from './breaks.js'
import {blankCharacter, lazyParagraph, lineValue, type Source} from './paragraph.js'
import {detectMarkup, type Format, type Markup} from './format.js'
import {htmlSource, startsBlock, type SourcePiece} from './html-source.js'
import {raggedJoins, scriptJoins, wrapJoins, type SourceLines} from './wrap.js'

export {cutLine, keptRuns, lineValue, pointsOf, unbroken, unparsedPieces} from './paragraph.js'

declare module 'nlcst' {
  interface RootData {
    /** Every line of the page, as `deboilerLines` parsed it (see `linesOf`). */
    deboilerLines?: Array<Line> | undefined
    /** The shape of the page’s text, as `deboilerLines` found it (see `formatOf`). */
    deboilerFormat?: Format | undefined
    /**
     * The markup of a text that is a page’s HTML source, as `deboilerLines`
     * found it (see `htmlSource`); `null` when it is not one.
     */
    deboilerHtml?: Array<SourcePiece> | null | undefined
    /**
     * Categories switched off: their rules mark what they would strip as
     * kept (`keptFor`) instead of stripping it.
     */
    deboilerKeep?: ReadonlyArray<string> | undefined
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
  /** Whether a blank line comes before it (a line of quote marks alone, `>`, counts as one). */
  readonly blankBefore: boolean
  /** Rule id of the strip that took the whole line, once a rule did. */
  strippedBy: string | undefined
  /**
   * Category, switched off, whose rule would have stripped the whole line:
   * it stays, whatever the article locator makes of it.
   */
  keptFor: string | undefined
}

/**
 * Hidden slot on a line’s paragraph with its `Line`, set as the line is made:
 * a rule that strips a few lines finds them without reading every line of
 * the page (`lineOf`).
 */
const lineSlot = Symbol('deboiler.line')

type Slotted = Paragraph & {[lineSlot]?: Line}

/**
 * The line of a paragraph in the page’s list of lines.
 *
 * @param lines
 *   Lines of the page (`linesOf`).
 * @param node
 *   Paragraph.
 * @returns
 *   Its line, or `undefined` when the list was not made with it (a list of
 *   lines given with the tree).
 */
export function lineOf(lines: ReadonlyArray<Line>, node: Paragraph): Line | undefined {
  const line = (node as Slotted)[lineSlot]
  return line && lines[line.index] === line ? line : undefined
}

/**
 * A line of the list; its text is the node’s, so a cut inside the line shows.
 */
class PageLine implements Line {
  strippedBy: string | undefined = undefined
  keptFor: string | undefined = undefined
  constructor(
    readonly node: Paragraph,
    readonly index: number,
    readonly blankBefore: boolean
  ) {
    ;(node as Slotted)[lineSlot] = this
  }

  get value(): string {
    return lineValue(this.node)
  }
}

/**
 * Longest paragraph made of hard-wrapped lines, in characters: a prose
 * paragraph is a few hundred to a few thousand; a text wrapped with no blank
 * line at all (a book, a log) goes on in paragraphs of this size, so that
 * what rules do on one line stays bounded.
 */
const maxJoined = 10_000

/**
 * Parse `value` into a root with one paragraph per non-blank line.
 *
 * @param value
 *   Whole document.
 * @param parser
 *   Configured parse-latin family parser.
 * @param markup
 *   How the text marks its structure (default: found by `detectMarkup`).
 * @param html
 *   The markup of the text when it is a page’s HTML source, `null` when it is
 *   not one (default: found by `htmlSource`).
 * @returns
 *   Root whose children alternate between paragraphs and white space.
 */
export function parseLines(
  value: string,
  parser: ParseEnglish,
  markup?: Markup | undefined,
  html?: Array<SourcePiece> | null | undefined
): Root {
  const children: Array<RootContent> = []
  const source: Source = {value, parser}
  const shape = markup ?? detectMarkup(value)
  const pieces = html === undefined ? htmlSource(value) : (html ?? undefined)
  // Markdown marks its blocks: nothing in it is glued.
  // A page’s source is cut into its blocks, whatever its line breaks.
  const plain = sourceLines(value, pieces ? false : shape !== 'markdown')
  const blocks = pieces ? blockLines(value, plain, pieces) : undefined
  const lines = blocks ?? plain
  const wrap = blocks ? undefined : wrapJoins(value, lines)
  const ragged = blocks ? undefined : raggedJoins(value, lines, wrap?.joins)
  const joins = blocks ? blocks.joins : shape === 'text' ? scriptJoins(value, lines, ragged) : ragged
  const page: Array<Line> = []
  // Offset (and its point) up to which the input is in `children`.
  let done = 0
  let donePoint: Point = {line: 1, column: 1, offset: 0}
  let index = 0

  while (index < lines.froms.length) {
    const first = index
    // The lines of a hard-wrapped paragraph are one line of the page.
    while (
      joins &&
      joins[index] === 1 &&
      index + 1 < lines.froms.length &&
      lines.tos[index + 1]! - lines.froms[first]! <= maxJoined
    ) {
      index++
    }
    // The white space before a line ends where the line starts: one point.
    const start = point(first, lines.froms[first]!)
    if (done < start.offset!) children.push(whiteSpace(start))
    const node = lazyParagraph(source, start, point(index, lines.tos[index]!))
    children.push(node)
    page.push(new PageLine(node, page.length, lines.blankBefore[first]!))
    done = lines.tos[index]!
    donePoint = node.position!.end
    index++
  }

  const end = endPoint(value, plain.last)
  if (done < value.length) children.push(whiteSpace(end))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end},
    data: {deboilerLines: page, deboilerFormat: {markup: shape, wrap: wrap?.width, html: pieces !== undefined}, deboilerHtml: pieces ?? null}
  }

  // White space from the end of what is done to `end`.
  function whiteSpace(end: Point): WhiteSpace {
    return {
      type: 'WhiteSpaceNode',
      value: value.slice(done, end.offset),
      position: {start: donePoint, end}
    }
  }

  function point(at: number, offset: number): Point {
    return {line: lines.numbers[at]!, column: offset - lines.starts[at]! + 1, offset}
  }
}

/**
 * The non-blank source lines of a document.
 *
 * @param value
 *   Document.
 * @param unglue
 *   Cut glued blocks apart (`unglued`).
 * @returns
 *   Number of the document's last line (`last`, blank or not), and
 *   offsets of each line, its line number, and whether a blank line comes
 *   before it.
 */
function sourceLines(value: string, unglue: boolean): SourceLines & {numbers: Array<number>; last: number} {
  const result = {starts: [] as Array<number>, froms: [] as Array<number>, tos: [] as Array<number>, numbers: [] as Array<number>, blankBefore: [] as Array<boolean>, last: 1}
  let line = 1
  let lineStart = 0
  let blank = false

  // Line breaks as vfile counts them (and so as `place` counts lines).
  const nextBreak = breakFinder(value)

  while (lineStart <= value.length) {
    const found = nextBreak(lineStart)
    const lineEnd = found < 0 ? value.length : found
    let from = lineStart
    let to = lineEnd
    while (from < to && blankCharacter.test(value.charAt(from))) from++
    while (to > from && blankCharacter.test(value.charAt(to - 1))) to--

    if (from < to) {
      // A line of quote marks alone (`>`) is the blank line between two
      // paragraphs of a block quote: what follows it starts a block.
      const marks = value.charCodeAt(from) === 62 /* `>` */ && quoteMarksOnly(value, from, to)
      result.starts.push(lineStart)
      result.froms.push(from)
      result.tos.push(to)
      result.numbers.push(line)
      result.blankBefore.push(blank || marks)
      blank = marks
    } else {
      blank = true
    }

    if (found < 0) break
    lineStart = found + breakSize(value, found)
    line++
  }

  result.last = line
  return unglue ? unglued(value, result) : result
}

/**
 * The lines of a page’s HTML source cut into its blocks: before each block
 * tag, comment, script and style, and a piece that opens none joined to the
 * piece before it over a line break. A minified page is one line, and
 * html-to-text wraps a page’s source at 80 columns: either way, its blocks
 * are judged as lines only when they are apart.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its lines.
 * @param pieces
 *   Its markup (`htmlSource`).
 * @returns
 *   The lines, cut, and per line whether it goes on on the next one.
 */
function blockLines<Lines extends SourceLines & {numbers: Array<number>}>(
  value: string,
  lines: Lines,
  pieces: ReadonlyArray<SourcePiece>
): Lines & {joins: Uint8Array} {
  const result = {...lines, starts: [] as Array<number>, froms: [] as Array<number>, tos: [] as Array<number>, numbers: [] as Array<number>, blankBefore: [] as Array<boolean>}
  // Per piece of a line, whether a block opens at its start.
  const opens: Array<boolean> = []
  let next = 0

  for (let index = 0; index < lines.froms.length; index++) {
    const to = lines.tos[index]!
    let from = lines.froms[index]!
    let first = true
    while (next < pieces.length && pieces[next]!.end <= from) next++

    let opening = false
    for (let at = next; at < pieces.length && pieces[at]!.start < to; at++) {
      const piece = pieces[at]!
      if (!startsBlock(value, piece)) continue
      if (piece.start <= from) {
        // The line starts with a block.
        if (piece.end > from && first) opening = true
        continue
      }

      push(from, piece.start, opening)
      from = piece.start
      opening = true
    }

    push(from, to, opening)

    function push(start: number, end: number, block: boolean): undefined {
      let left = start
      let right = end
      while (left < right && blankCharacter.test(value.charAt(left))) left++
      while (right > left && blankCharacter.test(value.charAt(right - 1))) right--
      if (left === right) return
      result.starts.push(lines.starts[index]!)
      result.froms.push(left)
      result.tos.push(right)
      result.numbers.push(lines.numbers[index]!)
      // A block starts after a blank line: it is never joined to the one before.
      result.blankBefore.push(lines.blankBefore[index]! || !first)
      opens.push(block)
      first = false
    }
  }

  // A block goes on over line breaks up to the next block: a piece of a line
  // that opens none goes on the piece before, unless a blank line is between.
  const joins = new Uint8Array(result.froms.length)
  for (let index = 1; index < result.froms.length; index++) {
    if (!opens[index] && !result.blankBefore[index]) joins[index - 1] = 1
  }

  return {...result, joins}
}

/**
 * Whether a line holds quote marks alone (`>`, `> >`), as Markdown and
 * html-to-text print a blank line inside a block quote.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the line's content.
 * @param to
 *   End of the line's content.
 * @returns
 *   Whether it does.
 */
function quoteMarksOnly(value: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code !== 62 /* `>` */ && code !== 32 && code !== 9) return false
  }

  return true
}

/**
 * The lines of a page that a scraper glued, cut into their blocks.
 *
 * ###### Notes
 * Whether a scraper glued the blocks of a page is told by its clearest line
 * (`gluedPieces` with `strict`); then every line of the page is cut at its
 * seams, an article glued paragraph to paragraph (`…Saturday.The attack…`)
 * too, which has fewer seams than a menu.
 *
 * @param value
 *   Document.
 * @param lines
 *   Its lines.
 * @returns
 *   The same lines, or their pieces.
 */
function unglued<Lines extends SourceLines & {numbers: Array<number>}>(value: string, lines: Lines): Lines {
  let glued = false
  for (let index = 0; index < lines.froms.length && !glued; index++) {
    glued = gluedPieces(value, lines.froms[index]!, lines.tos[index]!, true).length > 2
  }

  if (!glued) return lines
  const result = {...lines, starts: [] as Array<number>, froms: [] as Array<number>, tos: [] as Array<number>, numbers: [] as Array<number>, blankBefore: [] as Array<boolean>}
  for (let index = 0; index < lines.froms.length; index++) {
    const pieces = gluedPieces(value, lines.froms[index]!, lines.tos[index]!, false)
    for (let piece = 0; piece < pieces.length; piece += 2) {
      result.starts.push(lines.starts[index]!)
      result.froms.push(pieces[piece]!)
      result.tos.push(pieces[piece + 1]!)
      result.numbers.push(lines.numbers[index]!)
      // A piece starts a block of the page it was cut from: as after a
      // blank line, it is never joined to the one before.
      result.blankBefore.push(lines.blankBefore[index]! || piece > 0)
    }
  }

  return result
}

/**
 * Shortest line that is looked at for glued blocks: a menu or a page glued
 * into one line by a scraper that drops the breaks between blocks (cheerio’s
 * `.text()`) runs to hundreds of characters.
 */
const minGluedLength = 400

/**
 * Fewest seams in different words, and fewest per 1,000 characters, that
 * make a line glued: a paragraph of prose has none, or one in a name
 * (`LinkedIn`).
 */
const minSeams = 4
const minSeamDensity = 2

/**
 * Shortest line cut at its seams on a page told glued: shorter, it is one
 * item (`YouTube`).
 */
const minPieceLength = 20

/**
 * Characters that set items apart when spaced (`Home | News`): a line of
 * them is a list of items already, not glued.
 */
const separator = '|•·'

/**
 * Characters of a word after its seam that tell seams apart, with four
 * times as many before it (a bounded key, also in a line without spaces).
 */
const maxSeamKey = 4

/**
 * What every seam has around it (`seamBefore`): two lower-case letters, or
 * a lower-case letter and a sentence mark (maybe closed), then an upper-case
 * letter and a lower-case one. A line without it has no seam.
 *
 * ###### Notes
 * A letter is any character from `À` on but general punctuation (`‘`, `—`),
 * and `µ`: more than `\p{Ll}` and `\p{Lu}` (a test checks that every one is
 * in), and some five times faster to search.
 */
export const seamCue =
  /[a-z\u00B5\u00C0-\u1FFF\u2070-\uFFFF](?:[a-z\u00B5\u00C0-\u1FFF\u2070-\uFFFF]|[.!?]["\u201D\u2019)]?)[A-Z\u00C0-\u1FFF\u2070-\uFFFF][a-z\u00B5\u00C0-\u1FFF\u2070-\uFFFF]/

/**
 * Characters that close a sentence, and that may follow its mark.
 */
const sentenceMarks = '.!?'
const closers = '"”’)'

/**
 * Where a glued line falls apart into the blocks it was glued from.
 *
 * ###### Notes
 * A scraper that takes the text of a page without its block breaks glues
 * menu items (`HomeAboutPress`), headings to paragraphs (`4 CommentsEvery
 * month I…`) and paragraphs to each other (`…for everyone.The project…`),
 * and leaves the indentation of the HTML between others (two spaces or
 * more). A seam is an upper-case letter followed by a lower-case one, glued
 * to two lower-case letters, or to a sentence mark (and its closing quote),
 * outside a link; a run of white space of two characters or more is a cut
 * too. `strict`, only a long line with enough seams in different words
 * (`minSeams`, `minSeamDensity`) is cut: prose keeps its `iPhone`,
 * `LinkedIn` and `GuideStar` printed five times. Else (on a page a strict
 * line showed glued) a line of `minPieceLength` or more is cut at any seam.
 * Either way, a line with as many spaced separators (` | `) as seams is a
 * list of items already, and stays whole. Each piece is judged as a line of
 * its own; the text in between stays in place, so kept pieces come out as
 * the source glued them. `parseLines` cuts nothing in Markdown, which marks
 * its blocks.
 *
 * @param value
 *   Document.
 * @param from
 *   Start of the line’s content.
 * @param to
 *   End of the line’s content.
 * @param strict
 *   Whether to cut only a line that shows it is glued (long, with enough
 *   seams); else, on a page told glued, a line is cut at any seam.
 * @returns
 *   Start and end offsets of each piece, in pairs: `[from, to]` when the
 *   line is not glued.
 */
export function gluedPieces(value: string, from: number, to: number, strict: boolean): Array<number> {
  if (to - from < (strict ? minGluedLength : minPieceLength)) return [from, to]
  // Most lines have no seam: one search tells, before the scan.
  if (!seamCue.test(value.slice(from, to + 1))) return [from, to]
  // Cut points: a seam is `[at, at]`, white space `[start, end]`.
  const cuts: Array<number> = []
  // Seams told by the word they are in: a name printed five times
  // (`GuideStar`) is one.
  const words = new Set<string>()
  let separators = 0
  let tokenStart = from
  let link = false
  let index = from

  while (index < to) {
    const code = value.charCodeAt(index)
    if (isBlank(code)) {
      let end = index + 1
      while (end < to && isBlank(value.charCodeAt(end))) end++
      if (end - index > 1) cuts.push(index, end)
      // ` | `, ` • `, ` · `: items already apart.
      if (end < to && separator.includes(value.charAt(end)) && isBlank(value.charCodeAt(end + 1))) separators++
      tokenStart = end
      link = false
      index = end
      continue
    }

    if (!link && isLinkCharacter(code)) link = true
    if (
      !link &&
      index > tokenStart &&
      isUpper(code) &&
      isLower(value.charCodeAt(index + 1)) &&
      seamBefore(value, index, tokenStart)
    ) {
      words.add(value.slice(Math.max(tokenStart, index - maxSeamKey * 4), index + maxSeamKey))
      cuts.push(index, index)
    }

    index++
  }

  const seams = words.size
  if (seams === 0 || separators >= seams || (strict && (seams < minSeams || (seams * 1000) / (to - from) < minSeamDensity))) {
    return [from, to]
  }

  const result: Array<number> = []
  let start = from
  for (let cut = 0; cut < cuts.length; cut += 2) {
    push(start, cuts[cut]!)
    start = cuts[cut + 1]!
  }

  push(start, to)
  return result.length > 0 ? result : [from, to]

  function push(start: number, end: number) {
    if (start < end) result.push(start, end)
  }
}

/**
 * Whether the text before an upper-case letter glues it to a word or a
 * sentence: two lower-case letters (`PreviousNext`, `contentSkip`), or a
 * sentence mark after a lower-case letter (with its closing quote:
 * `everyone.The`).
 *
 * @param value
 *   Document.
 * @param index
 *   Offset of the upper-case letter.
 * @param tokenStart
 *   Offset where the word it is in starts.
 * @returns
 *   Whether it does.
 */
function seamBefore(value: string, index: number, tokenStart: number): boolean {
  let at = index - 1
  if (isLower(value.charCodeAt(at))) {
    return at - 1 > tokenStart && isLower(value.charCodeAt(at - 1))
  }

  if (closers.includes(value.charAt(at))) at--
  return at > tokenStart && sentenceMarks.includes(value.charAt(at)) && isLower(value.charCodeAt(at - 1))
}

/**
 * Whether a character makes a word a link or a path (`/ : = % @ _ \`): a
 * seam inside a URL (`clipPath%20id`, `/LegacyHome.asp`) is none.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it does.
 */
function isLinkCharacter(code: number): boolean {
  return code === 47 || code === 58 || code === 61 || code === 37 || code === 64 || code === 95 || code === 92
}

/**
 * Whether a character code is white space (ASCII, or a no-break space).
 */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13 || code === 12 || code === 11
}

const lowerLetter = /\p{Ll}/u
const upperLetter = /\p{Lu}/u

/**
 * Whether a character code is a lower-case letter.
 */
function isLower(code: number): boolean {
  return code < 128 ? code >= 97 && code <= 122 : lowerLetter.test(String.fromCharCode(code))
}

/**
 * Whether a character code is an upper-case letter.
 */
function isUpper(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : upperLetter.test(String.fromCharCode(code))
}

/**
 * The point at the end of a document.
 *
 * @param value
 *   Document.
 * @param last
 *   Number of its last line (`sourceLines` counts them).
 * @returns
 *   Point.
 */
function endPoint(value: string, last: number): Point {
  let lineStart = value.length
  while (lineStart > 0 && value.charAt(lineStart - 1) !== '\n' && value.charAt(lineStart - 1) !== '\r') lineStart--
  return {line: last, column: value.length - lineStart + 1, offset: value.length}
}

/**
 * Every line of a page, also the lines rules stripped since, with whether a
 * blank line comes before each.
 *
 * ###### Notes
 * A tree from `deboilerLines` carries its list; for a tree from another
 * parser, the list is made from its paragraphs on first use and kept on the
 * tree, and each paragraph must be one line: with the default retext parser,
 * lines that do not end a sentence are joined into one paragraph, and a rule
 * would find nothing.
 *
 * @param tree
 *   Root.
 * @returns
 *   Lines, in order.
 * @throws {Error}
 *   When a paragraph of a tree from another parser spans more than one line.
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
    const position = child.type === 'ParagraphNode' ? child.position : undefined
    if (position && position.start.line !== position.end.line) {
      throw new Error(
        'Expected one paragraph per line (line ' + position.start.line + ' is joined to the next): use `deboilerLines` before the deboiler rules, as in `retext().use(deboilerLines).use(deboilerPreset)`'
      )
    }

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
 * The shape of a page’s text: how it marks its structure, and the width it
 * is hard-wrapped at.
 *
 * ###### Notes
 * A tree from `deboilerLines` carries it; a tree from another parser is read
 * as plain lines.
 *
 * @param tree
 *   Root.
 * @returns
 *   Format.
 */
export function formatOf(tree: Root): Format {
  return tree.data?.deboilerFormat ?? plainFormat
}

const plainFormat: Format = {markup: 'text', wrap: undefined, html: false}

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
