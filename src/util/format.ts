/**
 * How a text marks its structure.
 *
 * ###### Notes
 * `'markdown'`: Markdown (CommonMark, GFM tables), as turndown and the
 * scrapers made for language models write it: its links, images, headings,
 * emphasis and escapes are read, not taken for words. `'text'`: plain lines,
 * also text from html-to-text, whose link targets (`News [https://…]`) are
 * read in both.
 */
export type Markup = 'text' | 'markdown'

/**
 * What `clean()` found out about the shape of its input.
 */
export interface Format {
  /** How the text marks its structure (what `format: 'auto'` found, or the option). */
  markup: Markup
  /**
   * Width the text is hard-wrapped at, in characters of text (80 for npm
   * `html-to-text`; 71 for `fold -s -w 72`, which keeps the space it breaks
   * at), whose wrapped lines are judged as one paragraph; `undefined` when it
   * is not hard-wrapped.
   */
  wrap: number | undefined
  /**
   * Whether the text is a page’s HTML source, or a fragment of one: its
   * tags, comments, scripts and styles go as `template-markup`, and its
   * blocks are judged as lines (`htmlSource`).
   */
  html: boolean
}

/**
 * Markdown syntax plain text hardly has, one expression a kind (each bounded,
 * tested against one trimmed line).
 */
const syntax = {
  // [text](href), ![alt](src), [text](<href with spaces> "title")
  link: /!?\[[^[\]\n]{0,500}\]\((?:<[^<>\n]{0,2000}>|[^\s()]{0,2000})(?:\s+"[^"\n]{0,500}")?\)/,
  // ## Heading
  heading: /^#{1,6}\s+\S/,
  // **strong** or __strong__
  strong: /(?:^|[\s(])(?:\*\*[^*\s][^*\n]{0,300}\*\*|__[^_\s][^_\n]{0,300}__)(?=$|[\s.,;:!?)])/,
  // \[ \* \- …: what turndown escapes in text
  escape: /\\[\\`*_{}[\]()#+\-.!|>]/,
  // ``` or ~~~
  fence: /^(?:```|~~~)/,
  // | --- | :-: |
  table: /^\|(?:\s*:?-{3,}:?\s*\|)+$/
} as const

type Kind = keyof typeof syntax

const kinds = Object.keys(syntax) as Array<Kind>

/**
 * A character that each syntax of `syntax` has: `[` of a link, `#` of a
 * heading, `*` or `_` of strong text, `\\` of an escape, a backtick or `~`
 * of a fence, `|` of a table.
 */
const marks = /[[#*_\\`~|]/

/**
 * Fewest lines with Markdown links (or with any Markdown syntax, of two
 * kinds or more) for a text to be Markdown.
 *
 * ###### Notes
 * On the benchmark’s pages this tells 396 of 398 turndown pages from 1,519
 * of 1,521 pages of plain text, html-to-text and cheerio text (the two plain
 * pages hold Markdown links of their own).
 */
const minimumLines = 3

/**
 * Longest line tested: Markdown syntax is found on the way, and longer lines
 * are rare enough not to matter.
 */
const maximumLength = 2000

/**
 * Find how a text marks its structure.
 *
 * @param value
 *   Text.
 * @returns
 *   `'markdown'` or `'text'`.
 */
export function detectMarkup(value: string): Markup {
  const counts: Record<Kind, number> = {link: 0, heading: 0, strong: 0, escape: 0, fence: 0, table: 0}
  let start = 0

  while (start < value.length) {
    let end = value.indexOf('\n', start)
    if (end < 0) end = value.length
    const line = value.slice(start, Math.min(end, start + maximumLength)).trim()
    start = end + 1
    // Each syntax has one of these characters: most lines have none.
    if (line.length < 2 || !marks.test(line)) continue
    for (const kind of kinds) if (syntax[kind].test(line)) counts[kind]++
    if (isMarkdown(counts)) return 'markdown'
  }

  return 'text'
}

/**
 * Whether the syntax counted so far makes a text Markdown.
 *
 * @param counts
 *   Lines with each kind of syntax.
 * @returns
 *   Whether it does.
 */
function isMarkdown(counts: Readonly<Record<Kind, number>>): boolean {
  if (counts.link >= minimumLines) return true
  let lines = 0
  let distinct = 0
  for (const kind of kinds) {
    if (counts[kind] > 0) distinct++
    // Bold alone is no evidence: plain text may use asterisks.
    if (kind !== 'strong') lines += counts[kind]
  }

  return lines >= minimumLines && distinct > 1
}
