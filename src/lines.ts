import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {parseLines} from './util/lines.js'
import {textFromMessages} from './util/text.js'

// The `nlcst*Extensions` data fields are typed by `retext-english`.
import type {} from 'retext-english'

type Extension<Node> = (node: Node) => undefined | void

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
