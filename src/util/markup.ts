import type {Markup} from './format.js'

/**
 * A Markdown image: `![alt](src "title")`, its alt text in group 1.
 *
 * ###### Notes
 * Every quantifier is bounded and no two overlap, so a line of any length
 * is read in linear time (a run of `[` never makes it rescan the line). A
 * destination is bare (`(https://…)`) or in angle brackets, where it may hold
 * spaces (`(<https://…?title=Battery power>)`).
 */
const image = /!\[([^[\]\n]{0,500})\]\((?:<[^<>\n]{0,2000}>|[^()\s]{0,2000})(?:\s+"[^"\n]{0,500}")?\)/g

/**
 * A Markdown link: `[text](href "title")`, its text in group 1.
 */
const link = /\[([^[\]\n]{0,500})\]\((?:<[^<>\n]{0,2000}>|[^()\s]{0,2000})(?:\s+"[^"\n]{0,500}")?\)/g

/**
 * A link target printed after its text by html-to-text (`News [https://…]`,
 * `Teams [/football/teams/]`, an image as `[https://…/logo.gif]`) or a
 * Markdown autolink (`<https://…>`), with the space before it.
 *
 * ###### Notes
 * Only what reads as an address: a scheme, a path from the root or up, a
 * fragment, `www.`, a file name of a web page or a relative address with a
 * query (`detail?id=7`); `[1]`, `[sic]` and `[Updated]` are words. A
 * script's address may hold spaces and line breaks (`[javascript:void
 * window.open('…', '')]`), as html-to-text prints it whole. A linked image
 * comes as its source and, glued to it, the link’s address
 * (`[https://…/logo.gif]https://…/`): one target.
 */
const target =
  /\s?(?:\[(?:(?:https?|ftp|mailto|javascript|data):|\/|#|\.\.?\/|www\.|[\w.-]{1,200}\.(?:s?html?|php\d?|aspx?|jsp|cfm)(?=[\]?#])|[\w.-]{1,200}\?[\w%.-]{1,200}=|[\w%-][\w.%-]{0,199}(?:\/[\w.%-]{1,200}){0,20}\.(?:jpe?g|gif|png|svg|webp|bmp|ico)(?=\]))[^[\]\s]{0,2000}\](?:(?:https?|javascript):[^[\]\s]{0,2000}|\/[^[\]\s]{0,2000}|[\w-][\w.-]{0,199}\.(?:s?html?|php\d?|aspx?|jsp|cfm)(?:[?#][^[\]\s]{0,2000})?)?|\[javascript:[^[\]]{0,2000}\]|<(?:https?|ftp|mailto):[^<>\s]{0,2000}>)/g

/**
 * Markdown that is not words: a heading’s `#`s, `**` and `__` around strong
 * text, `*` and `_` around emphasis, the backslash of an escape.
 */
const heading = /^#{1,6}\s+/
const strong = /(\*\*|__)(?=\S)([^*_\n]{0,500}?\S)\1/g
const emphasis = /(^|[\s(])[*_](?=\S)([^*_\n]{0,500}?\S)[*_](?=$|[\s.,;:!?)])/g
const escape = /\\([\\`*_{}[\]()#+\-.!|>])/g

const listMarker = /^(?:[-+*•·]|\d{1,3}[.)])[ \t]+/
/**
 * The marks of a quoted line (`> `, `>> `), as html-to-text and Markdown
 * print a block quote.
 */
export const quoteMarker = /^(?:>[ \t]?)+/

/**
 * The file name of an image at the end of an address’s path.
 */
const imageFile = /\.(?:jpe?g|png|gif|webp|svg|bmp|ico|avif)$/i

/**
 * The path of a service that resizes an image named in its query
 * (`/_next/image?url=…%2Fphoto.jpg&w=1920`: Next.js, and Vercel’s).
 */
const imageEndpoint = /\/_(?:next|vercel)\/image$/

/**
 * Where the query or the fragment of an address starts.
 */
const queryStart = /[?#]/

/**
 * White space, or a bracket, which an address alone on a line has none of.
 */
const notAddress = /[\s[\]]/

/**
 * Longest line looked at as an image alone.
 */
const maximumImageLine = 8000

/**
 * Whether a line is an image alone, as html-to-text prints one: its address
 * in brackets (`[https://…/photo.jpg]`, `[/files/photo.webp]`, a placeholder
 * `[data:image/svg+xml,…]`, a resized image `[/_next/image?url=…]`), or the
 * bare address of the full-size image it links to (`https://…/photo.jpg`).
 *
 * ###### Notes
 * By hand, not one pattern: an address may hold dots, `?` and `#` anywhere,
 * and a pattern for “a path that ends in an image’s name, then maybe a
 * query” backtracks on a long run of them.
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Whether it is.
 */
export function isImageLine(value: string): boolean {
  if (value.length > maximumImageLine) return false
  let address = value
  if (value.charCodeAt(0) === 91 /* `[` */) {
    if (value.charCodeAt(value.length - 1) !== 93 /* `]` */) return false
    address = value.slice(1, -1)
    if (address.startsWith('data:image/')) return !notAddress.test(address)
  } else if (!address.startsWith('https://') && !address.startsWith('http://') && !address.startsWith('//')) {
    return false
  }

  if (address === '' || notAddress.test(address)) return false
  const query = address.search(queryStart)
  const path = query < 0 ? address : address.slice(0, query)
  return imageFile.test(path) || imageEndpoint.test(path)
}

/**
 * Marks put in place of a link’s text, an image and a target while a line
 * is measured (control characters: never in a line’s words).
 */
const linkMark = '\u0001'
const imageMark = '\u0002'
const targetMark = '\u0003'

/**
 * A list marker, a Markdown heading or quote marker, or a row separator:
 * what a line of links is made of besides its links.
 */
const structure = /^(?:[-*+•·]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|>\s*)+/u

/**
 * A run of letters or digits: a word.
 */
const word = /[\p{L}\p{N}]+/gu

/**
 * Most words of text before an html-to-text target that are taken for the
 * link’s own text (`Subscribe to SI [https://…]`); more is prose with a
 * link in it.
 */
const maximumLinkWords = 6

/**
 * What the links of a line are: the evidence Markdown and html-to-text keep
 * and plain text loses.
 */
export interface LinkShape {
  /** The line as a reader sees it (see `readerText`). */
  text: string
  /** Links in the line: Markdown links, and html-to-text targets after text. */
  links: number
  /** Images, and targets with no text before them (an image, a logo). */
  images: number
  /** Words inside link text. */
  linkWords: number
  /** Words outside links (not list markers, separators or targets). */
  plainWords: number
}

/**
 * The text of a line as a reader sees it: link targets (`[https://…]`,
 * `<https://…>`) are gone, and in Markdown, links and images are their
 * text, and heading markers, emphasis and escapes are gone.
 *
 * ###### Notes
 * Link targets are not words of the page: a menu written as Markdown links
 * reads as a menu, and a paragraph with inline links as prose. Plain lines
 * without a `[` or `<` come back as they are.
 *
 * @param value
 *   Line.
 * @param markup
 *   How the text marks its structure (default: `'markdown'`).
 * @returns
 *   Its text.
 */
export function readerText(value: string, markup: Markup = 'markdown'): string {
  const unquoted = value.charCodeAt(0) === 62 /* `>` */ ? value.replace(quoteMarker, '') : value
  if (markup === 'text') {
    const text = unquoted.includes('[') || unquoted.includes('<') ? unquoted.replace(target, '') : unquoted
    return listMarker.test(text) ? text.replace(listMarker, '') : text
  }

  let result = unquoted.includes('[') || unquoted.includes('<') ? unquoted.replace(image, '$1').replace(link, '$1').replace(target, '') : unquoted
  if (result.includes('\\')) result = result.replace(escape, '$1')
  if (result.includes('*') || result.includes('_')) result = result.replace(strong, '$2').replace(emphasis, '$1$2')
  return result.charAt(0) === '#' ? result.replace(heading, '') : result
}

/**
 * Measure the links of a line.
 *
 * ###### Notes
 * Markdown says where a link’s text starts; html-to-text does not
 * (`Read the report [https://…]`), so there the words since the last target
 * (or the start of the line) are the link’s text when they are few and do
 * not end a sentence. Linear in the line.
 *
 * @param value
 *   Line.
 * @param markup
 *   How the text marks its structure (default: `'markdown'`): in plain
 *   text, only html-to-text targets are links.
 * @returns
 *   Its links.
 */
export function linkShape(value: string, markup: Markup = 'markdown'): LinkShape {
  const shape: LinkShape = {text: readerText(value, markup), links: 0, images: 0, linkWords: 0, plainWords: 0}
  if (!value.includes('[') && !value.includes('<')) {
    shape.plainWords = count(value)
    return shape
  }

  const marked = (
    markup === 'text'
      ? value
      : value
          .replace(image, function () {
            shape.images++
            return imageMark
          })
          .replace(link, function (_, text: string) {
            shape.links++
            shape.linkWords += count(text)
            return linkMark
          })
  )
    .replace(target, () => targetMark)
    .replace(structure, '')
  let from = 0

  for (let index = 0; index <= marked.length; index++) {
    const code = marked.charAt(index)
    if (index < marked.length && code !== linkMark && code !== imageMark && code !== targetMark) continue
    const words = count(marked.slice(from, index))
    if (code === targetMark) {
      const before = marked.slice(from, index).trimEnd()
      if (words === 0) shape.images++
      else if (words <= maximumLinkWords && !/[.!?:;]$/u.test(before)) {
        shape.links++
        shape.linkWords += words
      } else shape.plainWords += words
    } else {
      shape.plainWords += words
    }

    from = index + 1
  }

  return shape
}

/**
 * A GFM table’s delimiter row: `| --- | :-: |`, `---|---`.
 */
const delimiterRow = /^\|?[ \t]*:?-{1,200}:?[ \t]*(?:\|[ \t]*:?-{1,200}:?[ \t]*){0,100}\|?$/

/**
 * Find the Markdown tables (GFM) among the lines of a page: a header row, a
 * delimiter row (`| --- | --- |`) and the rows under it, up to a blank line
 * or a line without `|`.
 *
 * ###### Notes
 * A table is one block: its rows are kept or stripped together, so that
 * kept Markdown stays a table. Linear in the lines.
 *
 * @param lines
 *   Lines of the page (their text, and whether a blank line comes before).
 * @returns
 *   Per line, the index of the first line of its table (its header row), or
 *   `-1` when it is in none.
 */
export function markdownTables(lines: ReadonlyArray<{readonly value: string; readonly blankBefore: boolean}>): Int32Array {
  const table = new Int32Array(lines.length).fill(-1)
  let index = 1

  while (index < lines.length) {
    const row = lines[index]!
    const header = lines[index - 1]!
    if (
      !row.blankBefore &&
      row.value.includes('-') &&
      row.value.includes('|') &&
      header.value.includes('|') &&
      delimiterRow.test(row.value)
    ) {
      const start = index - 1
      table[start] = start
      table[index] = start
      index++
      while (index < lines.length && !lines[index]!.blankBefore && lines[index]!.value.includes('|')) {
        table[index] = start
        index++
      }
    } else {
      index++
    }
  }

  return table
}

/**
 * Find the fenced code blocks of a Markdown page (CommonMark): an opening
 * fence, the lines of code, and a closing fence of the same character, at
 * least as long, with nothing after it.
 *
 * ###### Notes
 * A block is the page's verbatim text: the named rules leave its lines (a
 * YAML key `comments:`, a repeated `import`), and the article locator keeps
 * or drops it whole, as a table. A fence that no fence closes opens no block
 * here (CommonMark runs it to the end of the page): a stray fence in scraped
 * text would otherwise shield the page's footer. Lines are the page's
 * non-blank lines, trimmed, so a fence indented in a list item counts too.
 * Linear in the lines.
 *
 * @param lines
 *   Lines of the page (their text, trimmed).
 * @returns
 *   Per line, the index of the opening fence of its block (the fences
 *   included), or `-1` when it is in none.
 */
export function markdownFences(lines: ReadonlyArray<{readonly value: string}>): Int32Array {
  const block = new Int32Array(lines.length).fill(-1)
  let open = -1
  // Character and length of the open fence.
  let marker = 0
  let markerSize = 0

  for (const [index, line] of lines.entries()) {
    const value = line.value
    const first = value.charCodeAt(0)
    // A fence: three or more backticks or tildes, then its info string (`js`,
    // `yaml title="config.yml"`). Most lines start with neither character.
    if (first !== 96 /* ` */ && first !== 126 /* ~ */) continue
    let size = 1
    while (value.charCodeAt(size) === first) size++
    if (size < 3) continue
    const info = value.slice(size)
    if (open < 0) {
      // A backtick fence's info string has no backtick.
      if (first === 96 && info.includes('`')) continue
      open = index
      marker = first
      markerSize = size
    } else if (first === marker && size >= markerSize && info.trim() === '') {
      block.fill(open, open, index + 1)
      open = -1
    }
  }

  return block
}

/**
 * Count the words of a text.
 *
 * @param value
 *   Text.
 * @returns
 *   Words.
 */
function count(value: string): number {
  return value.match(word)?.length ?? 0
}
