/**
 * A piece of HTML source in a text, by offsets in the text.
 */
export interface SourcePiece {
  start: number
  end: number
  /** `'tag'`, `'comment'`, or `'element'` (a script or style with its content). */
  kind: 'comment' | 'element' | 'tag'
}

// A page’s own tags: a text that holds one is a page’s source, not a page
// that shows a snippet of HTML (a tutorial shows `<p>`, rarely `<head>`).
const pageTag = /<(?:!doctype\s+html|html|head|body)\b[^<>]{0,500}>/iu
// Share of the text’s characters (white space left out) that the markup
// takes, at least: a tutorial about HTML holds less than a fifth; a page
// saved as its source (a scraper that read the file as text, or a converter
// that met a broken page) holds most.
const minShare = 0.4
// A text that opens as a page does (a doctype or `<html>`, maybe after a
// byte order mark and an XML declaration) is one, whatever its share of
// markup: a short page of prose in plain tags holds less than `minShare`,
// and a text about HTML opens with text.
const pageStart = /^\uFEFF?\s*(?:<\?xml\b[^<>]{0,200}\?>\s*)?<(?:!doctype\s+html|html)\b[^<>]{0,500}>/iu
// Longest tag read, in characters: attributes with scripts in them run to a
// few hundred. A `<` not closed within it is text (`a < b`).
const maxTag = 2000
// A fragment of HTML (the body of a post as a CMS's API returns it, an
// element's `innerHTML`) has no page tags and little markup, but it is all
// markup at the line level: most of its lines open and close with a tag.
// Least share of such lines, and least count.
const minFragmentShare = 0.8
const minFragmentLines = 3
// Lines that are not so, at least, before a text is known not to be one.
const fragmentEvidence = 10
// Elements that start a block of the page: a line of a page’s source is cut
// before each of their tags, opening or closing (`blockLines` of lines.ts).
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hr', 'html', 'iframe', 'li', 'main', 'nav', 'noscript', 'ol', 'option', 'p', 'pre', 'section',
  'select', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul'
])
// Elements whose content is code, not text.
const codeElements = ['script', 'style']

/**
 * The HTML source in a text: its tags, comments, and scripts and styles with
 * their content, when the text is a page’s HTML source.
 *
 * ###### Notes
 * A text is a page’s source when it holds the page’s own tags (`<html>`,
 * `<head>`, `<body>`, a doctype) and the markup is most of it (`minShare`):
 * a page about HTML, with snippets in it, is text. A text that opens with a
 * doctype or `<html>` (`pageStart`) is one whatever its share of markup. A
 * text four in five of whose lines open with a tag and close with one
 * (`minFragmentShare`) is one too, with page tags or without (a fragment of
 * a page, `<p>…</p>` a line, as a CMS’s API returns a post). The scan is
 * linear: a tag is read up to `maxTag` characters, and a comment or script
 * that is not closed runs to the end of the text.
 *
 * @param value
 *   Text.
 * @returns
 *   Pieces of markup, in order and apart; `undefined` when the text is not
 *   a page’s source.
 */
export function htmlSource(value: string): Array<SourcePiece> | undefined {
  const fragment = isFragment(value)
  if (!fragment && !pageTag.test(value)) return undefined
  const pieces: Array<SourcePiece> = []
  let taken = 0
  let index = value.indexOf('<')

  while (index !== -1 && index < value.length) {
    const end = pieceEnd(value, index)
    if (end === undefined) {
      index = value.indexOf('<', index + 1)
      continue
    }

    pieces.push({start: index, end: end.end, kind: end.kind})
    taken += end.end - index
    index = value.indexOf('<', end.end)
  }

  if (fragment) return pieces.length > 0 ? pieces : undefined
  if (pageStart.test(value)) return pieces
  const visible = value.length - countWhiteSpace(value)
  return visible > 0 && taken >= visible * minShare ? pieces : undefined
}

/**
 * Whether a text is a fragment of HTML: most of its lines open with a tag
 * and close with one.
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it is.
 */
function isFragment(value: string): boolean {
  let tagged = 0
  let other = 0
  let start = 0

  while (start < value.length) {
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    let from = start
    let to = end
    while (from < to && isSpace(value.charCodeAt(from))) from++
    while (to > from && isSpace(value.charCodeAt(to - 1))) to--

    if (from < to) {
      const next = value.charCodeAt(from + 1)
      if (
        value.charCodeAt(from) === 60 /* `<` */ &&
        value.charCodeAt(to - 1) === 62 /* `>` */ &&
        (isAsciiLetter(next) || next === 47 /* `/` */ || next === 33) /* `!` */
      ) {
        tagged++
      } else {
        other++
        // Enough lines of text, and too many so far: not a fragment.
        if (other >= fragmentEvidence && other * minFragmentShare > tagged * (1 - minFragmentShare)) return false
      }
    }

    start = end + 1
  }

  return tagged >= minFragmentLines && tagged >= (tagged + other) * minFragmentShare
}

/**
 * Whether a character code is white space on a line.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 160 || code === 12 || code === 11
}

/**
 * End of the piece of markup that starts at a `<`.
 *
 * @param value
 *   Text.
 * @param start
 *   Offset of a `<`.
 * @returns
 *   End and kind, or `undefined` when the `<` is text.
 */
function pieceEnd(value: string, start: number): {end: number; kind: SourcePiece['kind']} | undefined {
  if (value.startsWith('<!--', start)) {
    const close = value.indexOf('-->', start + 4)
    return {end: close === -1 ? value.length : close + 3, kind: 'comment'}
  }

  const next = value.charCodeAt(start + 1)
  const closing = next === 47 /* `/` */
  const nameStart = closing ? start + 2 : start + 1
  if (!isAsciiLetter(value.charCodeAt(nameStart)) && !(next === 33 /* `!` */ && !closing)) return undefined

  // The tag ends at the first `>` before another `<`.
  const limit = Math.min(value.length, start + maxTag)
  let index = nameStart
  while (index < limit) {
    const code = value.charCodeAt(index)
    if (code === 62 /* `>` */) break
    if (code === 60 /* `<` */) return undefined
    index++
  }

  if (index >= limit) return undefined
  const end = index + 1
  if (closing) return {end, kind: 'tag'}

  const name = nameAt(value, nameStart, end)
  if (!codeElements.includes(name) || value.charCodeAt(end - 2) === 47 /* `/` */) return {end, kind: 'tag'}

  // A script or style goes with its content, up to its closing tag.
  const close = indexOfCaseless(value, '</' + name, end)
  if (close === -1) return {end: value.length, kind: 'element'}
  const closeEnd = value.indexOf('>', close)
  return {end: closeEnd === -1 ? value.length : closeEnd + 1, kind: 'element'}
}

/**
 * Whether a piece of markup starts a block: a comment, a script or style, or
 * the tag of a block element.
 *
 * @param value
 *   Text.
 * @param piece
 *   Piece of its markup.
 * @returns
 *   Whether it does.
 */
export function startsBlock(value: string, piece: SourcePiece): boolean {
  if (piece.kind !== 'tag') return true
  const start = value.charCodeAt(piece.start + 1) === 47 /* `/` */ ? piece.start + 2 : piece.start + 1
  return blockElements.has(nameAt(value, start, piece.end))
}

/**
 * The name of a tag, in lower case.
 *
 * @param value
 *   Text.
 * @param start
 *   Offset where the name starts.
 * @param end
 *   Offset the name ends before, at the latest.
 * @returns
 *   Name.
 */
function nameAt(value: string, start: number, end: number): string {
  let index = start
  while (index < end && isNameCharacter(value.charCodeAt(index))) index++
  return value.slice(start, index).toLowerCase()
}

/**
 * Offset of a lower-case ASCII needle in a text, in any case.
 *
 * @param value
 *   Text.
 * @param needle
 *   Lower-case ASCII.
 * @param from
 *   Offset to search from.
 * @returns
 *   Offset, or `-1`.
 */
function indexOfCaseless(value: string, needle: string, from: number): number {
  const upper = needle.toUpperCase()
  let index = from
  while (index <= value.length - needle.length) {
    const lower = value.indexOf('<', index)
    if (lower === -1 || lower > value.length - needle.length) return -1
    let at = 1
    while (at < needle.length) {
      const code = value.charCodeAt(lower + at)
      if (code !== needle.charCodeAt(at) && code !== upper.charCodeAt(at)) break
      at++
    }

    if (at === needle.length) return lower
    index = lower + 1
  }

  return -1
}

/**
 * Count white space characters.
 *
 * @param value
 *   Text.
 * @returns
 *   Count.
 */
function countWhiteSpace(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || isSpace(code)) count++
  }

  return count
}

/**
 * Whether a character code is an ASCII letter.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether a character code can be in a tag name (`h1`, `fb:like`, `my-tag`).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it can.
 */
function isNameCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95
}
