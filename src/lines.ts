import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Category} from './types.js'
import {ParseEnglish} from 'parse-english'
import {checkFormat, type FormatOption} from './options.js'
import type {Markup} from './util/format.js'
import type {SourcePiece} from './util/html-source.js'
import {parseLines} from './util/lines.js'
import {textFromMessages} from './util/text.js'

// The `nlcst*Extensions` data fields are typed by `retext-english`.
import type {} from 'retext-english'

type Extension<Node> = (node: Node) => undefined | void

declare module 'unified' {
  interface Data {
    /**
     * Categories switched off (`processor.data('deboilerKeep', ['share'])`):
     * their rules still run, and mark the lines they would strip as kept
     * instead, which the article locator then keeps too.
     */
    deboilerKeep?: ReadonlyArray<Category> | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /**
     * How the text marks its structure, when the caller knows (`clean()` finds
     * it once for an input it judges in blocks); it wins over the option.
     */
    deboilerMarkup: Markup
    /**
     * The markup of the text when it is a page’s HTML source (`null`: it is
     * not one), when the caller knows (`clean()` finds it once for an input
     * it judges in blocks: only the first block holds the page’s own tags).
     */
    deboilerHtml: Array<SourcePiece> | null
  }
}

/**
 * Configuration for `deboilerLines`.
 */
export interface Options {
  /**
   * How the text marks its structure: `'markdown'` reads Markdown links,
   * images, headings, emphasis and escapes as Markdown, `'text'` takes them
   * for words, `'auto'` finds out (the tree says what it found, see
   * `formatOf`).
   *
   * @default 'auto'
   */
  format?: FormatOption | null | undefined
}

/**
 * Parse plain text as one paragraph per source line, in linear time.
 *
 * ###### Notes
 * The retext parsers join consecutive lines into one paragraph unless a line
 * ends in terminal punctuation, so `Related Posts` and the teasers under it
 * would be one sentence. This plugin replaces the parser: every source line
 * becomes its own `ParagraphNode` (its content, trimmed of white space), and
 * everything between two lines is one `WhiteSpaceNode` at root level.
 * Positions are those of the original input. The root carries the list of
 * the page’s lines (`tree.data.deboilerLines`), which rules mark.
 *
 * It also sets the compiler, for use in a unified chain: the output is the
 * input with every place that a deboiler rule reported cut out, under the
 * whitespace rule of `cleanText()`. Use it after `retext-english` (or instead
 * of it) and before any rule.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing.
 */
export default function deboilerLines(this: Processor, options?: Readonly<Options> | null): undefined {
  const self = this
  const format = checkFormat(options?.format)

  self.parser = parser
  self.compiler = compiler

  function parser(value: string, file: VFile): Root {
    const english = new ParseEnglish()
    add(english.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(english.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    const tree = parseLines(
      value,
      english,
      file.data.deboilerMarkup ?? (format === 'auto' ? undefined : format),
      file.data.deboilerHtml
    )
    const keep = self.data('deboilerKeep')
    if (keep && keep.length > 0) tree.data!.deboilerKeep = keep
    return tree
  }

  function compiler(tree: unknown, file: VFile): string {
    // The markup the parser read, not found again (`clean()` hands each
    // block of a long page its part of the page's markup).
    return textFromMessages(String(file), file.messages, (tree as Root).data?.deboilerHtml)
  }
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
