import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {mediaFallbacks, shortcodes, templatePatterns, widgetErrors, type TemplatePattern} from '../data/template.js'
import {isWordCharacter} from '../structure/chars.js'
import {htmlSource, type SourcePiece} from '../util/html-source.js'
import {alternation} from '../util/lexicon.js'
import {lowerValue, phraseKey} from '../util/line-text.js'
import {lines, lineValue} from '../util/lines.js'
import {unexpected} from '../util/quote.js'
import {defineRule, type RuleDocs} from '../util/rule.js'
import {stripper, type Cut, type Stripper} from '../util/strip.js'

/**
 * An artifact in a line, by offsets in the line.
 */
interface Found {
  start: number
  end: number
  pattern: TemplatePattern
}

const known = new Set(shortcodes)
// Around a stand-alone artifact: `acronym.{mosads}`, not `f"{name}"` or `/pages/{id}`.
const before = /[\s.,;:!?)\]”’]/u
const after = /[\s.,;:!?()[\]“”]/u
// Before a shortcode-like index in code: `#[no_mangle]`, `map[string_key]`.
const glued = /[\w#$@\]]/u
// Attributes of a shortcode: ` id="attachment_123" align='alignnone' /`.
const attribute = /(?<!\s)\s*[a-z][\w-]{0,30}=(?:"[^"]{0,300}"|'[^']{0,300}')|(?<!\s)\s*\/$/gu
// A line of code that opens like a statement, in lower case (`import {clean}
// from 'deboiler'`): its braces are the language's.
const statement = /^\s*(?:(?:import|export|const|let|var|await|return|yield|def|function|class|async)\s|from\s+\S+\s+import\s)/u
// A character of a name in code, before a call's bracket or an f-string's
// quote: `print(`, `f'`.
const identifier = /[\p{L}\p{N}_$\].]/u
// {loadposition user9}; {module 123}; {jcomments on}; {source lang=php}
const parameter = /^(?:on|off)$|[\d_=]/u
const candidate = /[{[%<!$]/u
// Every language’s fallback is tried: the patterns are long and exact.
const fallbacks = Object.values(mediaFallbacks).flat()
// A word every fallback has, to skip the other lines cheaply (in the line in
// lower case, which the rules share).
const fallbackCue = /browser|user agent|javascript|navega|navigat|przeglądark|vid[eé]o|wideo|audio/u
// Longest line a fallback is.
const maxFallback = 200

// Every language’s widget errors are tried: pages mix languages.
const errorWords = Object.values(widgetErrors)
const widgetError = new RegExp(
  String.raw`^(?:(${alternation(errorWords.flatMap((words) => words.openers))}) )?(?:${alternation(errorWords.flatMap((words) => words.errors))})(?: (.+))?$`,
  'u'
)
// What tells a widget’s message from a sentence about a problem, at the
// start of a word.
const widgetCue = new RegExp(String.raw`(?:^| )(?:${alternation(errorWords.flatMap((words) => words.cues))})`, 'u')
// First words of the widget errors and their openers: a line that starts
// with none of them is not read further.
const errorStarts = new Set(errorWords.flatMap((words) => [...words.openers, ...words.errors].map((phrase) => phrase.split(' ')[0]!)))
// Longest widget error, in words (`Something went wrong while talking to
// the server. Please try again or contact us if the problem persists.`).
const maxErrorWords = 24
// What a piece of a page’s HTML source is called in a report.
const markupNames: Readonly<Record<SourcePiece['kind'], string>> = {
  comment: 'HTML comment',
  element: 'script or style',
  tag: 'HTML tag'
}

/**
 * What `deboilerTemplate` is and does.
 */
export const meta = {
  category: 'template',
  ruleId: 'template-tag',
  ruleIds: ['template-tag', 'template-shortcode', 'template-placeholder', 'template-comment', 'template-fallback', 'template-markup'],
  strips:
    'CMS artifacts, whole lines or inside kept lines; what a page prints where its video cannot play (`Your browser does not support the video tag.`) or a widget failed (`Oops! Something went wrong while submitting the form.`); in a text that is a page’s HTML source or a fragment of one, its tags, comments, scripts and styles',
  example: '{mosads}',
  group: 'chrome'
} as const satisfies RuleDocs

/**
 * Strip template and CMS artifacts: Joomla tags (`{mosads}`, `{loadposition
 * user9}`), WordPress shortcodes (`[caption id="…"]`, `[/caption]`),
 * placeholders (`%%ARTICLE_AD%%`, `{{ variable }}`) and HTML comments; and
 * the fallback a page prints where its video or audio cannot play (`Your
 * browser does not support the video tag.`, `Ihr Browser unterstützt das
 * Video-Tag nicht.`), a whole line only.
 *
 * ###### Notes
 * An artifact inside a kept sentence is cut out of it, and the sentence
 * stays byte for byte; a line of nothing but artifacts goes as a whole.
 * Only clear CMS syntax counts: a lower-case keyword in braces, shortcodes
 * with `attr="…"`, closing `[/name]` tags; `[sic]`, `[1]`, `[Laughter]` and
 * `{x | x > 0}` are text. Braces in code (`f"{name}"`, `/pages/{id}`) are kept,
 * and so are `{{ … }}` in a page that shows `{% … %}` template code and
 * comments in a page that shows HTML.
 * A text that is a page’s HTML source (`htmlSource`: the page’s own tags,
 * and markup most of it), or a fragment of one (most lines open and close
 * with a tag), loses its tags, comments, scripts and styles
 * (`template-markup`): a line (the line layer cuts such a text into its
 * blocks) of nothing but markup as a whole, else each piece.
 * Use after `deboilerLines`.
 *
 * @returns
 *   Transformer.
 */
const deboilerTemplate = defineRule(meta, function () {
  return function (tree: Root, file: VFile): undefined {
    const document = String(file.value)
    const active = templatePatterns.filter((pattern) => !pattern.unless?.test(document))
    const strip = stripper(tree, file, meta)
    // What the line layer found, or, for lines parsed otherwise, found here.
    const given = tree.data?.deboilerHtml
    const source = given === undefined ? htmlSource(document) : (given ?? undefined)
    // Next piece of markup that may be in a line.
    let next = 0

    for (const node of lines(tree)) {
      if (source) {
        const start = node.position!.start.offset!
        const end = node.position!.end.offset!
        while (next < source.length && source[next]!.end <= start) next++
        if (next < source.length && source[next]!.start < end) {
          stripMarkup(node, document, source, next, strip)
          continue
        }
      }

      const value = lineValue(node)
      if (value.length <= maxFallback && fallbackCue.test(lowerValue(node)) && isFallback(value)) {
        strip.line(node, {ruleId: 'template-fallback', reason: unexpected('media fallback', value.trim())})
        continue
      }

      if (value.length <= maxFallback && isWidgetError(lowerValue(node))) {
        strip.line(node, {ruleId: 'template-fallback', reason: unexpected('widget error', value.trim())})
        continue
      }

      if (!candidate.test(value)) continue
      const found = find(value, active)
      if (found.length === 0) continue
      const offset = node.position!.start.offset!
      const first = found[0]!.pattern

      if (covered(value, found)) {
        strip.line(node, {ruleId: first.ruleId, reason: unexpected(first.name, value)})
        continue
      }

      for (const {start, end, pattern} of found) {
        if (pattern.lineOnly) continue
        const verdict = {ruleId: pattern.ruleId, reason: unexpected(pattern.name, value.slice(start, end))}
        strip.range(node, offset + start, offset + end, verdict)
      }
    }

    strip.apply()
  }
})

export default deboilerTemplate

/**
 * Strip the markup in a line of a page’s HTML source: the whole line when
 * nothing but markup and white space is in it, else each piece.
 *
 * @param node
 *   Line.
 * @param document
 *   Text of the page.
 * @param source
 *   Pieces of markup of the page (`htmlSource`).
 * @param first
 *   First piece that ends after the line starts.
 * @param strip
 *   Stripper.
 * @returns
 *   Nothing.
 */
function stripMarkup(
  node: Paragraph,
  document: string,
  source: ReadonlyArray<SourcePiece>,
  first: number,
  strip: Stripper
): undefined {
  const start = node.position!.start.offset!
  const end = node.position!.end.offset!
  let index = first
  let text = false
  let at = start

  while (index < source.length && source[index]!.start < end) {
    const piece = source[index]!
    if (piece.start > at && /\S/u.test(document.slice(at, piece.start))) text = true
    at = Math.max(at, piece.end)
    index++
  }

  if (at < end && /\S/u.test(document.slice(at, end))) text = true

  if (!text) {
    // One piece is named as what it is; more are the page’s source.
    const name = index - first === 1 ? markupNames[source[first]!.kind] : 'HTML source'
    strip.line(node, {ruleId: 'template-markup', reason: unexpected(name, lineValue(node).trim())})
    return
  }

  const cuts: Array<Cut> = []
  for (index = first; index < source.length && source[index]!.start < end; index++) {
    const piece = source[index]!
    const from = Math.max(piece.start, start)
    const to = Math.min(piece.end, end)
    cuts.push({
      start: from,
      end: to,
      verdict: {ruleId: 'template-markup', reason: unexpected(markupNames[piece.kind], document.slice(from, to))}
    })
  }

  strip.ranges(node, cuts)
}

/**
 * Whether a line is what a widget prints where it failed (`widgetErrors`):
 * an error after an opener (`Sorry, there was a problem.`), or an error and
 * a widget’s words (`Something went wrong. Please try again.`).
 *
 * @param lower
 *   Line in lower case.
 * @returns
 *   Whether it is.
 */
function isWidgetError(lower: string): boolean {
  const start = firstWord(lower)
  if (start === undefined || !errorStarts.has(start)) return false
  const key = phraseKey(lower)
  const match = widgetError.exec(key)
  if (!match || key.split(' ').length > maxErrorWords) return false
  const rest = match[2]
  return rest === undefined ? match[1] !== undefined : widgetCue.test(rest)
}

/**
 * The first word of a line: its first run of letters and digits (as
 * `phraseKey` keeps them).
 *
 * ###### Notes
 * By character code: every line short enough is asked, and a search with
 * its match and capture cost more than the rest of the check.
 *
 * @param value
 *   Line.
 * @returns
 *   Word, or nothing when the line has none.
 */
function firstWord(value: string): string | undefined {
  let index = 0
  let start = -1

  while (index < value.length) {
    const code = value.charCodeAt(index)
    const next = value.charCodeAt(index + 1)
    const size = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
    if (isWordCharacter(value, index, code, size)) {
      if (start < 0) start = index
    } else if (start >= 0) break
    index += size
  }

  return start < 0 ? undefined : value.slice(start, index)
}

/**
 * Whether a line is what a page prints where its video or audio cannot play
 * (`mediaFallbacks`).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
function isFallback(value: string): boolean {
  const key = phraseKey(value)
  return fallbacks.some((pattern) => pattern.test(key))
}

/**
 * Find the artifacts in a line, in order and without overlap.
 *
 * @param value
 *   Line.
 * @param active
 *   Patterns to look for.
 * @returns
 *   Artifacts.
 */
function find(value: string, active: ReadonlyArray<TemplatePattern>): Array<Found> {
  const found: Array<Found> = []
  const closings: Closings = {value, last: undefined}
  const code: CodeScan = {value, at: 0, opened: [], quote: '', quoteAt: -1, statement: undefined}

  for (const pattern of active) {
    pattern.regex.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.regex.exec(value))) {
      if (passes(pattern, match, value, closings, code)) {
        found.push({start: match.index, end: match.index + match[0].length, pattern})
      }
    }
  }

  // Stable: at the same start, the earlier pattern wins.
  found.sort((a, b) => a.start - b.start)
  const result: Array<Found> = []
  for (const item of found) {
    const previous = result.at(-1)
    if (!previous || item.start >= previous.end) result.push(item)
  }

  return result
}

/**
 * Whether a match passes the extra test of its pattern.
 *
 * @param pattern
 *   Pattern.
 * @param match
 *   Match in `value`.
 * @param value
 *   Line.
 * @param closings
 *   Closing tags of the line, found on first use.
 * @param code
 *   Where the line's code stands, read up to the matches so far.
 * @returns
 *   Whether it does.
 */
function passes(pattern: TemplatePattern, match: RegExpExecArray, value: string, closings: Closings, code: CodeScan): boolean {
  const left = value.charAt(match.index - 1)
  const right = value.charAt(match.index + match[0].length)
  // `[video](https://…)`: the text of a Markdown link, not a shortcode.
  if (right === '(' && match[0].endsWith(']')) return false
  const alone = (left === '' || before.test(left)) && (right === '' || after.test(right))

  switch (pattern.test) {
    case 'alone': {
      return alone
    }

    case 'parameter': {
      return alone && (match[1] === undefined || parameter.test(match[1])) && !inCode(code, match.index)
    }

    case 'shortcode': {
      const name = match[1]!
      const rest = match[2]!
      if (rest.replace(attribute, '') !== '') return false
      // [caption id="…"]; [b]…[/b]; [automerge]1574096160[/automerge]
      if (rest !== '' || (lastClosing(closings).get(name) ?? -1) > match.index) return true
      return (name.includes('_') || known.has(name)) && !glued.test(left)
    }

    default: {
      return true
    }
  }
}

/**
 * What a line's code holds before a place: read once from the start of the
 * line to each match in turn, so a line of many artifacts is read once.
 */
interface CodeScan {
  value: string
  /** Place read up to. */
  at: number
  /** Places of the brackets still open. */
  opened: Array<number>
  /** Quote of the string still open, or `''`. */
  quote: string
  /** Place of that quote. */
  quoteAt: number
  /** Whether the line opens like a statement, once asked. */
  statement: boolean | undefined
}

/**
 * Whether a place of a line is inside code, where braces around a name are
 * the language's own: a line that opens like a statement (`import {clean}
 * from 'deboiler'`, `export {default} from './a.js'`), the arguments of a
 * call (`queue.add('resize', {file})`, `print(f'Task {name}: done')`), an
 * f-string (`message = f'Hello {name}!'`). A template's variable in a page's
 * text (`Manage {vendor_count} vendors`, `Results for {phrase} (page
 * {page_number} of {pages})`) is in none of them.
 *
 * @param code
 *   The line, read up to an earlier place (changed in place).
 * @param index
 *   Place in the line.
 * @returns
 *   Whether it is.
 */
function inCode(code: CodeScan, index: number): boolean {
  const value = code.value
  code.statement ??= statement.test(value)
  if (code.statement) return true
  // Another pattern's matches start again from the start of the line.
  if (index < code.at) Object.assign(code, {at: 0, opened: [], quote: '', quoteAt: -1})
  // Unclosed brackets and quotes before the place: a call is an opening
  // bracket right after a name.
  for (; code.at < index; code.at++) {
    const character = value.charAt(code.at)
    if (code.quote !== '') {
      if (character === code.quote) code.quote = ''
    } else if (character === "'" || character === '"') {
      // An apostrophe inside a word (`it's`) opens no string.
      const before = value.charAt(code.at - 1)
      if (character === "'" && identifier.test(before) && before !== 'f') continue
      code.quote = character
      code.quoteAt = code.at
    } else if (character === '(') {
      code.opened.push(code.at)
    } else if (character === ')') {
      code.opened.pop()
    }
  }

  const call = code.opened.at(-1)
  if (call !== undefined && call > 0 && identifier.test(value.charAt(call - 1))) return true
  return code.quote !== '' && value.charAt(code.quoteAt - 1) === 'f' && !identifier.test(value.charAt(code.quoteAt - 2))
}

/**
 * The closing shortcode tags of a line (`[/b]`), found once per line: where
 * the last of each name starts.
 */
interface Closings {
  value: string
  last: Map<string, number> | undefined
}

/**
 * A closing shortcode tag, its name in group 1.
 */
const closingTag = /\[\/([a-z][\w-]{0,30})\]/gu

/**
 * Where the last closing tag of each name starts in a line.
 *
 * ###### Notes
 * One pass over the line, on first use: looking ahead for `[/name]` at each
 * opening tag made a line of many tags quadratic (`'[a](b'.repeat(40000)`
 * took 4.7 s).
 *
 * @param closings
 *   Closing tags of a line (changed in place).
 * @returns
 *   Offsets by name.
 */
function lastClosing(closings: Closings): Map<string, number> {
  if (closings.last) return closings.last
  const last = new Map<string, number>()
  closingTag.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = closingTag.exec(closings.value))) last.set(match[1]!, match.index)
  closings.last = last
  return last
}

/**
 * Whether a line is nothing but artifacts and white space.
 *
 * @param value
 *   Line.
 * @param found
 *   Artifacts in it.
 * @returns
 *   Whether it is.
 */
function covered(value: string, found: ReadonlyArray<Found>): boolean {
  let rest = ''
  let from = 0
  for (const {start, end} of found) {
    rest += value.slice(from, start)
    from = end
  }

  return (rest + value.slice(from)).trim() === ''
}
