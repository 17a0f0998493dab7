import {isIn, wordCount} from './shape.js'

/**
 * A lower-case letter (beyond ASCII).
 */
const lower = /\p{Ll}/u

/**
 * A capital letter (beyond ASCII).
 */
const upper = /\p{Lu}/u

/**
 * Marks that may end a headline before its summary starts.
 */
const closers = '?!.’\'”)'

/**
 * A capitalised word, a number or a quoted word: what headlines are made of.
 */
const headlineWord = /^[\p{Lu}\d'‘"“$]/u

/**
 * Two characters that may make a seam (`seam()`): an ASCII lower-case
 * letter, digit or closing mark, or any other character, then an ASCII
 * capital or any other character. By code unit (no `u` flag); a cheap first
 * cue that most lines of prose do not hold (half the time of the scan).
 */
const maySeamPair = /[a-z\d?!.')\u0080-\uffff][A-Z\u0080-\uffff]/

/**
 * Longest line judged (a headline and its summary).
 */
const maxLength = 500

/**
 * Fewest glued teasers in a run.
 */
const minimumRun = 3

/**
 * Whether a line is a teaser card flattened into one line: a headline (three
 * words or more, most of them capitalised) glued to a summary (six words or
 * more).
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
export function isGluedTeaser(value: string): boolean {
  if (value.length > maxLength || !maySeamPair.test(value)) return false
  const text = value.trim()

  for (let at = seam(text, 1); at > 0; at = seam(text, at + 1)) {
    const head = text.slice(0, at).split(/\s+/)
    if (head.length < 3 || wordCount(text.slice(at), 6) < 6) continue
    let capitalised = 0
    for (const word of head) if (headlineWord.test(word)) capitalised++
    if (capitalised / head.length >= 0.6) return true
  }

  return false
}

/**
 * Find where a headline runs into its summary with no space: a lower-case
 * letter, digit or closing mark, then a capital that starts a word
 * (`…Troy SteakhouseA party of six…`, `…Cider Mill. Here's…FavoritesFall
 * has…`).
 *
 * ###### Notes
 * A scan of char codes with an ASCII fast path: it runs on every line.
 *
 * @param text
 *   Line.
 * @param from
 *   Index to start at (at least 1).
 * @returns
 *   Index of the capital, or `-1`.
 */
function seam(text: string, from: number): number {
  for (let index = from; index < text.length - 1; index++) {
    const code = text.charCodeAt(index)
    const isUpper = code < 128 ? code >= 65 && code <= 90 : !isCaseless(code) && upper.test(text.charAt(index))
    if (!isUpper) continue
    const before = text.charCodeAt(index - 1)
    const after = text.charCodeAt(index + 1)
    const beforeOk =
      before < 128
        ? (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || isIn(closers, text.charAt(index - 1))
        : isIn(closers, text.charAt(index - 1)) || lower.test(text.charAt(index - 1))
    if (!beforeOk) continue
    const afterOk =
      after < 128 ? (after >= 97 && after <= 122) || after === 32 : lower.test(text.charAt(index + 1)) || /\s/.test(text.charAt(index + 1))
    if (afterOk) return index
  }

  return -1
}

/**
 * Lines in runs of three or more glued teasers (lines of three words or
 * fewer, such as `Weather` or `Best Of`, may sit between them).
 *
 * ###### Notes
 * One glued line is often article text (a sub-heading run into its
 * paragraph by the scraper); on the dev set, lines in runs of three or more
 * are 93 % debris by tokens (2,330 debris tokens on 14 pages, 165 article
 * tokens on 2).
 *
 * @param values
 *   Lines, in order.
 * @returns
 *   Indices of the lines in such runs.
 */
export function gluedRuns(values: ReadonlyArray<string>): Set<number> {
  const result = new Set<number>()
  let run: Array<number> = []

  for (let index = 0; index <= values.length; index++) {
    const value = values[index]
    if (value !== undefined && isGluedTeaser(value)) {
      run.push(index)
      continue
    }

    // A line of three words or fewer (`Weather`) does not end a run; outside a
    // run there is none to end.
    if (run.length === 0 || (value !== undefined && wordCount(value, 4) <= 3)) continue
    if (run.length >= minimumRun) for (const line of run) result.add(line)
    run = []
  }

  return result
}

/**
 * A seam of items glued with nothing between them: a lower-case letter, a
 * digit or a closing mark, then a capital (`homeUK newsWorld news`), or a
 * lower-case letter, then a digit (`printing5G`).
 */
const itemSeam = /[\p{Ll}\d.!?)][\p{Lu}]|\p{Ll}\d/gu

/**
 * Marks that end an item before a seam (`itemSeam`), as character codes.
 */
const closersOfSeams = new Set([...'.!?)'].map((character) => character.charCodeAt(0)))

/**
 * What code has and menus do not: `{`, `}`, `=`, `;`, `"`, a call.
 */
const code = /[{}=;"]|\w\(/u

/**
 * A sentence’s end at the end of a line: with a comma inside, the line is a
 * sentence, whatever its seams (`nguMphathiswa`, in Xhosa a prefix glued to
 * a name is a word).
 */
const sentenceEnd = /[.!?]["”’)]?$/u

/**
 * Fewest seams for a line to be a glued menu.
 */
const minimumSeams = 6

/**
 * Most words an item of a glued menu has, on average.
 */
const maximumItemWords = 4

/**
 * Whether a line is a menu whose items were saved with nothing between them,
 * as `cheerio(…).text()` saves adjacent links (`Guardian Unlimited homeUK
 * newsWorld newsComment is free blog…`, `3D printing5GAcademic
 * partnershipsChatbot…`): six seams or more, and items of four words or
 * fewer on average; not code, and not a sentence with commas.
 *
 * ###### Notes
 * Prose has a seam now and then (`iPhone`, `McDonald`, a lost space) and
 * long stretches between them; a glued paragraph of the article has long
 * items. Linear in the line.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it is.
 */
export function isGluedMenu(value: string): boolean {
  if (value.length < 40) return false
  // A sentence with a comma (most long lines) first: it needs no scan for
  // seams.
  if (value.includes(', ') && sentenceEnd.test(value)) return false
  if (!maySeam(value, minimumSeams) || code.test(value)) return false
  const seams = value.match(itemSeam)?.length ?? 0
  if (seams < minimumSeams) return false
  // Each seam joins two words into one piece between spaces.
  const words = wordCount(value, Number.POSITIVE_INFINITY) + seams
  return words <= maximumItemWords * (seams + 1)
}

/**
 * Whether a line may have `most` seams (`itemSeam`): as many pairs of ASCII
 * characters that make one, a pair with another character counted as one,
 * unless one of the two is a character no seam has (`inNoSeam`: curly
 * quotes and dashes are in most lines of prose).
 *
 * ###### Notes
 * A loop over character codes: most lines have few capitals and digits, and
 * are then told apart without the Unicode classes of `itemSeam`. It counts
 * at least as many seams as `itemSeam` finds (those overlap here).
 *
 * @param value
 *   Line.
 * @param most
 *   Seams wanted.
 * @returns
 *   Whether it may have them.
 */
function maySeam(value: string, most: number): boolean {
  let count = 0
  let before = value.charCodeAt(0)

  for (let index = 1; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let seam = true
    if (code < 128 && before < 128) {
      seam =
        code >= 65 && code <= 90
          ? isAsciiLower(before) || (before >= 48 && before <= 57) || closersOfSeams.has(before)
          : code >= 48 && code <= 57 && isAsciiLower(before)
    } else if (inNoSeam(code) || inNoSeam(before)) {
      seam = false
    }

    if (seam && ++count >= most) return true
    before = code
  }

  return false
}

/**
 * Whether a character is in no seam: a caseless one (`isCaseless`: curly
 * quotes, dashes, CJK), the no-break space or a sign of Latin-1 (`« » ©`;
 * not `µ`, a lower-case letter).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function inNoSeam(code: number): boolean {
  return isCaseless(code) || (code >= 0xa0 && code <= 0xbf && code !== 0xb5)
}

/**
 * Whether a character code is an ASCII lower-case letter.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122
}

/**
 * Whether a character is of a block with no letter in upper or lower case:
 * general punctuation, currency and combining marks for symbols, arrows to
 * miscellaneous symbols, CJK (punctuation, kana, ideographs), Hangul.
 *
 * ###### Notes
 * So that a line of Chinese, Japanese or Korean, or of prose with curly
 * quotes and dashes, does not test each such character with a pattern.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
export function isCaseless(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x20ff) ||
    (code >= 0x2190 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  )
}
