import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkOptions, cleanKeys} from './options.js'
import {deboilerPreset, rules} from './preset.js'
import deboilerProfile from './rules/profile.js'
import {detectLanguage} from './structure/detect.js'
import {pageKind} from './structure/kind.js'
import {categories, type CleanOptions, type CleanResult, type Place, type Stripped} from './types.js'
import {typeOf} from './util/check.js'
import deboilerLines from './lines.js'
import {detectMarkup} from './util/format.js'
import {htmlSource, type SourcePiece} from './util/html-source.js'
import {formatOf, lineBreaks} from './util/lines.js'
import {samplePage} from './util/sample.js'
import {cutText} from './util/text.js'

/**
 * Processor used when no options are given (frozen once, reused).
 */
const defaultProcessor = processor().freeze()

/**
 * Strip scraper debris from article plain text.
 *
 * ###### Notes
 * A text longer than 400,000 characters (more than three times the longest
 * page of the benchmark) is judged in blocks of at most that size, cut at
 * blank lines (or line breaks): rules and the article locator see one block
 * at a time, so time and memory grow linearly with the input. Places are
 * those of the whole input.
 *
 * @param text
 *   Plain text from a scraper.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Article body and what was stripped, sorted by place.
 */
export function clean(text: string, options?: Readonly<CleanOptions> | null): CleanResult {
  if (typeof text !== 'string') {
    throw new TypeError('Expected `text` to be a string, not `' + typeOf(text) + '`')
  }

  const result = cleanBlocks(text, options)

  // After the second page at least as long: a process that cleans one text
  // (the CLI on a file), or only short ones, never pays for it, and the
  // vocabularies and patterns the rules build on first use are built by then.
  if (shapes === undefined && text.length >= samplePage.length && ++pages > 1) {
    shapes = []
    shapes.push(cleanBlocks(samplePage, undefined, shapes))
  }

  return result
}

/**
 * What `clean()` made of `samplePage`, cleaned after the second page at
 * least as long: its result, and the tree and file of each block, kept for
 * the life of the process.
 *
 * ###### Notes
 * V8 keeps the hidden class of an object (a line, a node, a message) only
 * while some object has it, and throws away the optimised code that checks
 * for it when a full garbage collection frees it. Between two documents
 * nothing of the last one is alive: a full collection there (a scraper
 * waiting for its next page; `npm run bench` forces one before each pass)
 * freed them all, and the next document ran in slower code while it was
 * optimised again (`node --trace-deopt`: some sixty functions a time, for
 * `weak objects`). A small page cleaned once and kept holds them (about
 * 0.6 MB of heap, and some 20 ms once).
 * What it does to `npm run bench`: docs/measurements.md, session 38.
 */
let shapes: Array<unknown> | undefined

/**
 * Calls of `clean()` with a text at least as long as `samplePage`, up to the
 * one after which it is cleaned.
 */
let pages = 0

/**
 * Clean a text.
 *
 * @param text
 *   Plain text.
 * @param options
 *   Configuration (checked by the processor).
 * @param keep
 *   Where to put the tree and file of each block (optional).
 * @returns
 *   Result.
 */
function cleanBlocks(text: string, options: Readonly<CleanOptions> | null | undefined, keep?: Array<unknown>): CleanResult {
  const pipeline = processorFor(options)
  const stripped: Array<Stripped> = []
  const markup = options?.format && options.format !== 'auto' ? options.format : detectMarkup(text)
  const html = htmlSource(text)
  // First piece of markup not in an earlier block.
  let piece = 0
  let wrap: number | undefined
  // The page verdict of each block, weighted by its length.
  let scored = 0
  let weight = 0
  // The probability of each kind, weighted alike.
  const kinds = {article: 0, documentation: 0, forum: 0, listing: 0, product: 0, service: 0}
  // The language of the longest block that has one.
  let language: string | undefined
  let languageWeight = 0

  for (const block of blocks(text)) {
    const file = new VFile(block.value)
    file.data.deboilerMarkup = markup
    if (html) {
      const pieces = blockPieces(html, piece, block)
      file.data.deboilerHtml = pieces.pieces
      piece = pieces.next
    } else file.data.deboilerHtml = null
    const tree = pipeline.parse(file)
    // The widest wrap of any block (a text is wrapped at one width).
    wrap = Math.max(wrap ?? 0, formatOf(tree).wrap ?? 0) || undefined
    pipeline.runSync(tree, file)
    keep?.push(tree, file)
    const article = file.data.deboilerArticle
    if (typeof article === 'number') {
      scored += article * block.value.length
      weight += block.value.length
      const kind = file.data.deboilerKind
      for (const name of Object.keys(kinds) as Array<keyof typeof kinds>) {
        kinds[name] += (kind?.kinds[name] ?? 0) * block.value.length
      }
    }

    const found = file.data.deboilerLanguage
    if (found && found !== 'und' && block.value.length > languageWeight) {
      language = found
      languageWeight = block.value.length
    }

    for (const message of file.messages) {
      if (message.category !== undefined) stripped.push(project(message, block))
    }
  }

  stripped.sort((a, b) => a.place.start.offset - b.place.start.offset)
  const score = weight > 0 ? Math.round((scored / weight) * 100) / 100 : 0
  return {
    text: cutText(text, stripped.map((item) => item.place), html),
    stripped,
    format: {markup, wrap, html: html !== undefined},
    page: pageKind(score, kinds, weight),
    // Blocks the locator did not judge (short, or `chrome: false`) are read
    // again for their words.
    language: language ?? detectLanguage(text)
  }
}

/**
 * The pieces of markup of a page’s source in one of its blocks, by offsets in
 * the block.
 *
 * @param html
 *   Pieces of the whole input (`htmlSource`).
 * @param first
 *   First piece that may be in the block.
 * @param block
 *   Block.
 * @returns
 *   The block’s pieces, and the first piece that may be in the next block.
 */
function blockPieces(
  html: ReadonlyArray<SourcePiece>,
  first: number,
  block: Block
): {pieces: Array<SourcePiece>; next: number} {
  const start = block.offset
  const end = block.offset + block.value.length
  const pieces: Array<SourcePiece> = []
  let index = first
  while (index < html.length && html[index]!.start < end) {
    const piece = html[index]!
    if (piece.end > start) {
      pieces.push({start: Math.max(piece.start, start) - start, end: Math.min(piece.end, end) - start, kind: piece.kind})
    }

    // A piece that runs into the next block is read there again.
    if (piece.end > end) break
    index++
  }

  return {pieces, next: index}
}

/**
 * A piece of the input judged on its own.
 */
interface Block {
  /** Its text. */
  value: string
  /** Offset where it starts in the input. */
  offset: number
  /** Line where it starts (it starts a line). */
  line: number
}

/**
 * Most characters judged together.
 *
 * ###### Notes
 * Over three times the longest page of the benchmark (122,000 characters),
 * and small enough that the per-line arrays of a block (about 12,000 lines)
 * stay short-lived young objects: with blocks of 1,000,000 characters, 50 MB
 * of joined pages peaked at 1.27 GB RSS, with 400,000 at 0.90 GB.
 */
const blockSize = 400_000

/**
 * Cut the input into blocks of at most `blockSize` characters that start
 * lines: at the last blank line in the second half of the block, else at its
 * last line break; a longer line is a block of its own.
 *
 * @param text
 *   Input.
 * @returns
 *   Blocks, in order (one for most inputs).
 */
function* blocks(text: string): Generator<Block, undefined, undefined> {
  let offset = 0
  let line = 1

  while (text.length - offset > blockSize) {
    const end = blockEnd(text, offset)
    yield {value: text.slice(offset, end), offset, line}
    line += lineBreaks(text, offset, end)
    offset = end
  }

  yield {value: offset === 0 ? text : text.slice(offset), offset, line}
  return undefined
}

/**
 * Where the block that starts at `start` ends (the start of a line).
 *
 * @param text
 *   Input.
 * @param start
 *   Start of the block.
 * @returns
 *   End of the block.
 */
function blockEnd(text: string, start: number): number {
  const limit = start + blockSize
  const half = start + blockSize / 2
  let lastLine = -1

  // Back from the limit to the middle of the block (never further: the
  // search stays linear in the input).
  for (let index = limit; index > half; index--) {
    if (!startsLine(text, index)) continue
    const code = text.charCodeAt(index)
    // A blank line starts here: cut after the line break before it.
    if (code === 10 || code === 13) return index
    if (lastLine < 0) lastLine = index
  }

  if (lastLine > 0) return lastLine
  // A long line: it ends the block.
  for (let index = limit + 1; index < text.length; index++) {
    if (startsLine(text, index)) return index
  }

  return text.length
}

/**
 * Whether a line starts at `index`: a line break (`\n`, `\r\n`, or a `\r`
 * alone) ends just before it.
 *
 * @param text
 *   Input.
 * @param index
 *   Offset.
 * @returns
 *   Whether one does.
 */
function startsLine(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  return before === 10 || (before === 13 && text.charCodeAt(index) !== 10)
}

/**
 * Frozen processors for options without plugins, by key (at most a few
 * dozen: one per mode and set of categories turned off).
 */
const processors = new Map<string, ReturnType<typeof processor>>()

/**
 * The processor for `options`: built once per mode and set of categories,
 * so `clean()` in a loop with the same options does not rebuild it.
 *
 * @param options
 *   Options, from a user.
 * @returns
 *   Frozen processor.
 */
function processorFor(options: Readonly<CleanOptions> | null | undefined) {
  if (!options) return defaultProcessor
  const settings = checkOptions(options, cleanKeys)
  // Plugins and profiles are objects of the caller's: no key for them.
  if ((settings.plugins && settings.plugins.length > 0) || settings.profile) {
    return processor(settings).freeze()
  }

  const off = categories.filter((category) => settings.rules?.[category] === false)
  const key = (settings.mode ?? 'balanced') + ':' + off.join(',')
  let result = processors.get(key)
  if (!result) {
    result = processor(settings).freeze()
    if (processors.size < 256) processors.set(key, result)
  }

  return result
}

/**
 * Build a processor for options `check()` accepted.
 *
 * @param settings
 *   Configuration (default: none).
 * @returns
 *   Processor.
 */
function processor(settings: Readonly<CleanOptions> = {}): Processor<Root, Root, Root, undefined, string> {
  const result = unified().use(deboilerLines).use(deboilerPreset)

  // The locator labels some lines with named categories: it keeps those too
  // when their category is off; with a profile, it keeps the page’s own
  // lines above the article.
  if (settings.mode || settings.rules || settings.profile) {
    result.use(rules.chrome, {mode: settings.mode, rules: settings.rules, profile: settings.profile, site: settings.site})
  }

  // A category switched off still finds its lines, and keeps them: the
  // locator does not strip them under another name.
  const off = categories.filter((category) => settings.rules?.[category] === false)
  if (off.length > 0) result.data('deboilerKeep', off)
  // Without `chrome`, the article locator does not run: the named rules alone.
  if (settings.rules?.chrome === false) result.use(rules.chrome, false)

  // After the named rules and the locator: the lines they know keep their
  // category; the profile takes what the site repeats and they kept.
  if (settings.profile) result.use(deboilerProfile, {profile: settings.profile, site: settings.site, rules: settings.rules})
  if (settings.plugins) result.use(settings.plugins)
  return result as unknown as Processor<Root, Root, Root, undefined, string>
}

/**
 * Project a message to a JSON-serialisable `Stripped`.
 *
 * @param message
 *   Message of a deboiler rule.
 * @param block
 *   Block the message is about.
 * @returns
 *   Stripped, placed in the whole input.
 */
function project(message: VFileMessage, block: Block): Stripped {
  const place = message.place as Place
  const category = message.category!
  const ruleId = message.ruleId ?? 'unknown'
  const source = message.source ?? 'unknown'
  const reason = message.reason
  const actual = message.actual ?? ''
  const moved = {start: move(place.start, block), end: move(place.end, block)}
  const {note, url} = message
  // One literal per shape: all fields in the object, none added later (a
  // large input has hundreds of thousands of these).
  if (note && url) return {category, ruleId, source, reason, actual, place: moved, note, url}
  if (url) return {category, ruleId, source, reason, actual, place: moved, url}
  if (note) return {category, ruleId, source, reason, actual, place: moved, note}
  return {category, ruleId, source, reason, actual, place: moved}
}

/**
 * A point of a block as a point of the input.
 *
 * @param point
 *   Point in the block.
 * @param block
 *   Block.
 * @returns
 *   Point in the input.
 */
function move(point: Place['start'], block: Block): Place['start'] {
  return {line: point.line + block.line - 1, column: point.column, offset: point.offset + block.offset}
}
