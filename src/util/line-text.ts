import type {Paragraph} from 'nlcst'
import {lineValue} from './lines.js'

/**
 * Forms of a line’s text that rules match on, made when first asked for.
 */
interface Texts {
  /** The text they are made from (a rule that cuts a range out of a line changes it). */
  source: string
  /** Lower case. */
  lower: string | undefined
  /** Lower case, with straight apostrophes. */
  folded: string | undefined
  /** Lower case, single-spaced. */
  spaced: string | undefined
  /** Lower case, single-spaced, with straight apostrophes. */
  foldedSpaced: string | undefined
  /** As it is, with ASCII digits. */
  digits: string | undefined
}

/**
 * Hidden slot on a line node with its `Texts`.
 *
 * ###### Notes
 * A slot on the node, as `lines.ts` keeps the text: a `WeakMap` entry per
 * line costs more than lower-casing it.
 */
const textsSlot = Symbol('deboiler.texts')

type Line = Paragraph & {[textsSlot]?: Texts}

/**
 * White space that is not a single space: another white space character, or
 * a space followed by white space.
 */
const unevenSpace = /[^\S ]| \s/u

/**
 * Text of a line in lower case, computed once for all rules.
 *
 * ###### Notes
 * Lower-casing text sliced out of a document with non-ASCII characters goes
 * the slow way through Unicode case tables, and most rules judge every line
 * in lower case, so the result is kept with the line, until its text changes
 * (a rule cut a range out of it). A Turkish `İ` is `i` (`dotless()`), as
 * the data writes it (`tüm hakları saklıdır`), and the digits of other
 * scripts are ASCII digits (`asciiDigits()`), so that `\d` in a rule reads
 * `۱۲ مهر ۱۴۰۳` and `２０２４年`; both keep the length of the line.
 *
 * @param node
 *   Line.
 * @returns
 *   `asciiDigits(dotless(lineValue(node).toLowerCase()))`.
 */
export function lowerValue(node: Paragraph): string {
  const texts = textsOf(node)
  texts.lower ??= lowered(texts.source)
  return texts.lower
}

/**
 * Text of a line in lower case with straight apostrophes (`'` for `‘` and
 * `’`), computed once for all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   `straightQuotes(lowerValue(node))`.
 */
export function foldedValue(node: Paragraph): string {
  const texts = textsOf(node)
  texts.lower ??= lowered(texts.source)
  texts.folded ??= straightQuotes(texts.lower)
  return texts.folded
}

/**
 * Text of a line in lower case with every run of white space one space,
 * computed once for all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   `singleSpaced(lowerValue(node))`.
 */
export function spacedValue(node: Paragraph): string {
  const texts = textsOf(node)
  texts.lower ??= lowered(texts.source)
  texts.spaced ??= singleSpaced(texts.lower)
  return texts.spaced
}

/**
 * Text of a line in lower case, single-spaced, with straight apostrophes,
 * computed once for all rules.
 *
 * @param node
 *   Line.
 * @returns
 *   `straightQuotes(spacedValue(node))`.
 */
export function foldedSpacedValue(node: Paragraph): string {
  const texts = textsOf(node)
  texts.foldedSpaced ??= straightQuotes(spacedValue(node))
  return texts.foldedSpaced
}

/**
 * Text of a line, its case kept, with the digits of other scripts as ASCII
 * digits (`asciiDigits`), computed once for all rules: for patterns that
 * read numbers in the line's own case (`Views: ۱۲۰۴`, `۱۴:۳۰`).
 *
 * @param node
 *   Line.
 * @returns
 *   `asciiDigits(lineValue(node))`.
 */
export function digitValue(node: Paragraph): string {
  const texts = textsOf(node)
  texts.digits ??= asciiDigits(texts.source)
  return texts.digits
}

/**
 * The forms of a line’s current text.
 *
 * @param node
 *   Line.
 * @returns
 *   Texts, new when its text changed.
 */
function textsOf(node: Paragraph): Texts {
  const line = node as Line
  const source = lineValue(node)
  let texts = line[textsSlot]

  if (texts === undefined || texts.source !== source) {
    texts = {source, lower: undefined, folded: undefined, spaced: undefined, foldedSpaced: undefined, digits: undefined}
    line[textsSlot] = texts
  }

  return texts
}

/**
 * Collapse every run of white space to one space.
 *
 * ###### Notes
 * Most lines have nothing but single spaces, and checking that is cheaper than
 * rebuilding the string.
 *
 * @param value
 *   Text.
 * @returns
 *   `value.replace(/\s+/gu, ' ')`.
 */
export function singleSpaced(value: string): string {
  return unevenSpace.test(value) ? value.replace(/\s+/gu, ' ') : value
}

/**
 * Straighten curly single quotes.
 *
 * @param value
 *   Text.
 * @returns
 *   `value.replace(/[‘’]/gu, "'")`.
 */
function straightQuotes(value: string): string {
  return value.includes('‘') || value.includes('’') ? value.replace(/[‘’]/gu, "'") : value
}

/**
 * A line's text as rules read it: lower case (`dotless`), digits ASCII
 * (`asciiDigits`).
 *
 * @param value
 *   Text.
 * @returns
 *   Text of the same length.
 */
function lowered(value: string): string {
  return asciiDigits(dotless(value.toLowerCase()))
}

/**
 * Decimal digits of other scripts that sites print dates, times and counts
 * in: Arabic-Indic (`٠`–`٩`), Persian (`۰`–`۹`), Devanagari, Bengali, Thai,
 * and full-width ones (`０`–`９`, Japanese and Chinese).
 */
const otherDigits = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\uFF10-\uFF19]/g

/**
 * Write the digits of other scripts as ASCII digits (`۱۴۰۳` → `1403`), one
 * character for one, so places in the text stay where they are.
 *
 * @param value
 *   Text.
 * @returns
 *   Text with ASCII digits.
 */
export function asciiDigits(value: string): string {
  // A text without such digits comes back as it is, not copied.
  return value.replace(otherDigits, asciiDigit)
}

/**
 * The ASCII digit of one digit of `otherDigits`.
 *
 * @param digit
 *   Digit.
 * @returns
 *   ASCII digit.
 */
function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0)
  return String.fromCharCode(48 + code - digitZero(code))
}

/**
 * The zero of the digits of `otherDigits` that a digit is one of: each
 * script's digits are ten code points in a row from its zero.
 *
 * @param code
 *   Digit.
 * @returns
 *   Code point of its zero.
 */
function digitZero(code: number): number {
  return code >= 0xff_10 ? 0xff_10 : code >= 0x0e_50 ? 0x0e_50 : code >= 0x09_e6 ? 0x09_e6 : code >= 0x09_66 ? 0x09_66 : code >= 0x06_f0 ? 0x06_f0 : 0x06_60
}

/**
 * Lower-case text as the Turkish `İ` should: JavaScript gives `i` and a
 * combining dot above (`i̇letişim`), this gives `i` (`iletişim`).
 *
 * @param value
 *   Text, already lower case.
 * @returns
 *   Text without the dot after an `i`.
 */
export function dotless(value: string): string {
  return value.includes('\u0307') ? value.replaceAll('i\u0307', 'i') : value
}

/**
 * Greek letters with a tonos, lower case, and the same letters without it.
 */
const tonos: Readonly<Record<string, string>> = {
  ά: 'α',
  έ: 'ε',
  ή: 'η',
  ί: 'ι',
  ΐ: 'ϊ',
  ΰ: 'ϋ',
  ό: 'ο',
  ύ: 'υ',
  ώ: 'ω'
}

/**
 * A Greek letter with a tonos, lower case.
 */
const tonosLetter = /[\u0390\u03AC-\u03AF\u03B0\u03CC-\u03CE]/g

/**
 * Lower-case Greek as it reads when it was written in capitals: Greek drops
 * the tonos on capitals (`ΣΧΕΤΙΚΑ ΑΡΘΡΑ` for `Σχετικά άρθρα`), so lower case
 * cannot restore it.
 *
 * @param value
 *   Text, lower case.
 * @returns
 *   Text without the tonos on Greek vowels (one character for one).
 */
export function toneless(value: string): string {
  return value.replace(tonosLetter, (letter) => tonos[letter] ?? letter)
}

/**
 * Normalise a line for the phrase lists (the locator’s chrome phrases and
 * tail headings, site profiles).
 *
 * @param value
 *   Line text.
 * @returns
 *   Lower case (`İ` as `i`, Greek without its tonos: `toneless`), its words
 *   (letters and digits, and the marks on them) one space apart, digit runs
 *   as `#`.
 */
export function phraseKey(value: string): string {
  const words = dotless(value.toLowerCase()).match(keyWord)
  return words ? toneless(words.join(' ').replace(/\d+/g, '#')) : ''
}

/**
 * A word of a phrase key: a letter or digit, then letters, digits and the
 * combining marks of letters (the vowel signs of Devanagari and Thai; not a
 * variation selector or a keycap), as the locator's line scanner reads words
 * (`isMark`).
 */
const keyWord = /[\p{L}\p{N}](?:[\p{L}\p{N}]|(?![\uFE00-\uFE0F\u20D0-\u20FF])\p{M})*/gu

/**
 * Shortest text `ownCopy()` copies: V8 copies a shorter slice when it is
 * made.
 */
const shortestSlice = 13

/**
 * Characters copied at a time (`String.fromCharCode` takes them as
 * arguments).
 */
const copyChunk = 4096

/**
 * A copy of a slice of a page's text that is a string of its own, in one byte
 * a character when it has no character beyond Latin-1.
 *
 * ###### Notes
 * V8 keeps a slice of a string as a view into it, and a page with one
 * character beyond Latin-1 (a curly quote, a dash) is stored in two bytes a
 * character, and so are all its slices. The locator reads every character of
 * every line and lower-cases the short ones (their phrase keys), which is
 * slower on such a view: each line it reads is copied once. `npm run bench`
 * read 1.03× the speed of the commit before (docs/measurements.md,
 * session 44).
 *
 * @param value
 *   Text.
 * @returns
 *   The same text.
 */
export function ownCopy(value: string): string {
  if (value.length < shortestSlice) return value
  const codes: Array<number> = []
  let result = ''
  for (let start = 0; start < value.length; start += copyChunk) {
    const end = Math.min(value.length, start + copyChunk)
    codes.length = end - start
    for (let index = start; index < end; index++) codes[index - start] = value.charCodeAt(index)
    result += String.fromCharCode(...codes)
  }

  return result
}
