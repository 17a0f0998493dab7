import {caselessStops, isCjk, isThai, runWords} from '../structure/chars.js'
import {singleSpaced} from './line-text.js'
// `quote` moved to `quote.ts`, with the reasons it shortens.
export {quote} from './quote.js'

// A sentence ends in terminal punctuation, maybe inside a quote or bracket.
// Sentence ends of Latin text and of scripts without case (`caselessStops`:
// CJK full width, Arabic, Devanagari, Armenian, Ethiopic, Burmese, Khmer;
// not an ellipsis: a teaser may trail off), and what may close a sentence
// after its end.
const stops = '.!?' + caselessStops
const closers = '"\'”’)]」』»'

/**
 * Whether a line ends like a sentence: in `.`, `!` or `?`, maybe inside a
 * closing quote or bracket.
 *
 * @param value
 *   Line.
 * @returns
 *   Whether it does.
 */
export function endsSentence(value: string): boolean {
  // As `/[.!?。！？؟۔।]["'”’)\]」』»]?$/u`, looking at the end only instead
  // of scanning.
  const last = value.charAt(value.length - 1)
  if (isIn(stops, last)) return true
  return isIn(closers, last) && isIn(stops, value.charAt(value.length - 2))
}

/**
 * Whether a line reads like a teaser headline: three words or more that do
 * not end like a sentence (a short question is fine, an ellipsis too).
 *
 * @param value
 *   Line.
 * @param size
 *   Most characters.
 * @param most
 *   Most words.
 * @returns
 *   Whether it does.
 */
export function isTeaser(value: string, size: number, most: number): boolean {
  if (value.length > size) return false
  const words = wordCount(value, most + 1)
  if (words < 3 || words > most) return false
  // Teasers are cut short: `Teen chased by police breaks both legs with airport termin...`
  if (/(?:\.\.\.|…)$/u.test(value)) return true
  return !/[.,;:]$/.test(value) && (!/[!?]$/.test(value) || words <= 15)
}

/**
 * Count the words of a line (runs of non-white space), up to `most`; in a
 * run of Han, kana or Thai, written without spaces, as `runWords` does
 * (`其他新闻` is two words, not one).
 *
 * @param value
 *   Line.
 * @param most
 *   Where to stop counting, so long lines cost no more than short ones.
 * @returns
 *   Count.
 */
export function wordCount(value: string, most: number): number {
  // As `value.split(/\s+/, most).filter(Boolean).length`, without the array
  // (and a piece of Han, kana or Thai may count more than one): white space
  // at the start makes an empty first piece, which counts towards `most`.
  let pieces = 0
  let count = 0
  let index = 0

  while (pieces < most) {
    const start = index
    let cjk = 0
    let thai = 0
    while (index < value.length) {
      const code = value.charCodeAt(index)
      if (isWhiteSpace(code)) break
      if (code >= 0x0e00) {
        if (isCjk(code)) cjk++
        else if (isThai(code)) thai++
      }

      index++
    }

    pieces++
    if (index > start) count += runWords(index - start, cjk, thai)
    if (index === value.length) break
    while (index < value.length && isWhiteSpace(value.charCodeAt(index))) index++
    // White space at the end makes an empty last piece.
    if (index === value.length) break
  }

  return count
}

/**
 * Whether a character code is white space (as `\s` in a regex).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  // What `\s` matches beyond ASCII, by hand: the lines of a page are read
  // character by character.
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Normalise a short label for matching against a phrase list: lower case,
 * single spaces, without bullets at the start and punctuation or arrows at
 * the end (`• Related Posts:` → `related posts`).
 *
 * @param value
 *   Line.
 * @returns
 *   Key.
 */
export function labelKey(value: string): string {
  const key = singleSpaced(value.toLowerCase())
  let end = key.length
  while (end > 0 && ' :：.…»›>|-–—'.includes(key.charAt(end - 1))) end--
  let start = 0
  while (start < end && ' •·*#>-–—'.includes(key.charAt(start))) start++
  return key.slice(start, end)
}

/**
 * Whether a character is one of a few.
 *
 * @param characters
 *   Characters to look for.
 * @param character
 *   One character, or `''` past the end of a string.
 * @returns
 *   Whether it is one of them.
 */
export function isIn(characters: string, character: string): boolean {
  return character !== '' && characters.includes(character)
}
