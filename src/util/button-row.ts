import {isWhiteSpace} from './shape.js'

/**
 * Buttons a row is made of: those that are debris alone on a line, and
 * those that are ordinary words too, debris only next to another button.
 */
export interface Buttons {
  /** Buttons (one or more words, lower case) that are debris alone. */
  strong: ReadonlySet<string>
  /** Buttons that count only next to another button. */
  weak: ReadonlySet<string>
}

/**
 * What a row of buttons is, once read: how many buttons of each kind.
 */
export interface Row {
  /** Strong buttons found. */
  strong: number
  /** Distinct weak buttons found. */
  weak: number
  /** Counts and prices found (`Reply With Quote 0`, `$115 Add to cart`). */
  counts: number
}

/**
 * What separates the words of a row: white space, bars, bullets, commas,
 * slashes, arrows and the punctuation of labels (`Add to cart>`,
 * `Click to expand...`).
 */
const separator = /[\s|•·∙,;/:>»›<«‹…()[\]!?"]+|\.{2,}|\.$/u

/**
 * What `separator` splits on besides white space, character by character.
 */
const separatorCharacters = new Set([...'|•·∙,;/:>»›<«‹…()[]!?"'].map((character) => character.charCodeAt(0)))

/**
 * A count or a price next to a button: `0`, `1.2K`, `$115`, `60.00 €`.
 */
const count = /^(?:[$€£¥]|usd|eur|gbp)?\d[\d.,]*[km+]?(?:[$€£¥]|usd|eur|kr|zł|₽)?$|^[$€£¥]$/u

/**
 * Longest button, in words (`Reply to this topic`, `Add to wish list`).
 */
const longest = 5

/**
 * Read a line as a row of buttons.
 *
 * ###### Notes
 * Buttons of several words are matched longest first, word by word, so
 * `Reply With Quote` is one button and `Add to cart` another. A word that is
 * neither a button nor a count makes the line no row.
 *
 * @param value
 *   Lower-case line.
 * @param buttons
 *   Vocabulary.
 * @returns
 *   What the row is made of, or `undefined` when it has other words.
 */
export function readRow(value: string, buttons: Buttons): Row | undefined {
  // Most lines: their first word starts no button and is no count.
  const first = firstWord(value)
  if (first !== undefined && !edgesOf(buttons).starts.has(first) && !isCount(first)) return undefined
  const last = lastWord(value)
  if (last !== undefined && !edgesOf(buttons).ends.has(last) && !isCount(last)) return undefined
  const words = value.split(separator).filter((word) => word !== '' && word !== '-' && word !== '.')
  const weak = new Set<string>()
  let strong = 0
  let counts = 0
  let index = 0

  while (index < words.length) {
    const size = buttonAt(words, index, buttons)
    if (size > 0) {
      const button = words.slice(index, index + size).join(' ')
      if (buttons.strong.has(button)) strong++
      else weak.add(button)
      index += size
    } else if (isCount(words[index] ?? '')) {
      counts++
      index++
    } else return undefined
  }

  return {strong, weak: weak.size, counts}
}

/**
 * First and last words of the buttons of each vocabulary, made when first
 * asked for.
 */
const edges = new WeakMap<Buttons, Edges>()

/**
 * First and last words of the buttons of a vocabulary.
 */
interface Edges {
  starts: ReadonlySet<string>
  ends: ReadonlySet<string>
}

/**
 * First and last words of the buttons of a vocabulary.
 *
 * @param buttons
 *   Vocabulary.
 * @returns
 *   Their words.
 */
function edgesOf(buttons: Buttons): Edges {
  let found = edges.get(buttons)
  if (!found) {
    const all = [...buttons.strong, ...buttons.weak].map((button) => button.split(' '))
    found = {starts: new Set(all.map((words) => words[0]!)), ends: new Set(all.map((words) => words.at(-1)!))}
    edges.set(buttons, found)
  }

  return found
}

/**
 * The first word of a line as `readRow()` splits it (`undefined` when that
 * is empty, `-` or `.`, which `readRow()` skips: then it reads the line),
 * by hand from the start: cheaper than a split with a limit or a search.
 *
 * @param value
 *   Lower-case line.
 * @returns
 *   Word, if found.
 */
function firstWord(value: string): string | undefined {
  let start = 0
  while (start < value.length && splits(value.charCodeAt(start))) start++
  let end = start
  while (end < value.length && !splits(value.charCodeAt(end))) end++
  let word = value.slice(start, end)
  // Where `separator` would cut the run: at `..`, or a `.` ending the line.
  const dots = word.indexOf('..')
  if (dots >= 0) word = word.slice(0, dots)
  else if (end === value.length && word.endsWith('.')) word = word.slice(0, -1)
  return word === '' || word === '-' || word === '.' ? undefined : word
}

/**
 * The last word of a line as `readRow()` splits it (`undefined` when that
 * may be empty, `-` or `.`, which `readRow()` skips: then it reads the line).
 *
 * ###### Notes
 * By hand from the end: a pattern anchored at the end is tried from every
 * place of a long run.
 *
 * @param value
 *   Lower-case line.
 * @returns
 *   Word, if found.
 */
function lastWord(value: string): string | undefined {
  let end = value.length
  while (end > 0 && splits(value.charCodeAt(end - 1))) end--
  // `.` at the very end is a separator, `..` anywhere: leave such lines to the split.
  if (end === 0 || value.charAt(end - 1) === '.' || end < value.length && value.charAt(end) === '.') return undefined
  let start = end
  while (start > 0 && !splits(value.charCodeAt(start - 1))) start--
  const word = value.slice(start, end)
  return word.includes('..') || word === '-' ? undefined : word
}

/**
 * Whether a character is one `separator` splits on alone.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function splits(code: number): boolean {
  return separatorCharacters.has(code) || isWhiteSpace(code)
}

/**
 * Whether a word is a count or a price (`count`), tried only when its first
 * character can start one.
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it is.
 */
function isCount(word: string): boolean {
  const code = word.charCodeAt(0)
  const may =
    (code >= 48 && code <= 57) ||
    code === 36 ||
    code === 0x20ac ||
    code === 0xa3 ||
    code === 0xa5 ||
    code === 117 ||
    code === 101 ||
    code === 103
  return may && count.test(word)
}

/**
 * Whether a row is debris: a strong button, or two weak ones.
 *
 * @param row
 *   Row, or `undefined`.
 * @returns
 *   Whether it is.
 */
export function isButtonRow(row: Row | undefined): boolean {
  return row !== undefined && (row.strong > 0 || row.weak > 1)
}

/**
 * Size in words of the longest button at a word.
 *
 * @param words
 *   Words of the line.
 * @param index
 *   Where to look.
 * @param buttons
 *   Vocabulary.
 * @returns
 *   Size, `0` when no button starts there.
 */
function buttonAt(words: ReadonlyArray<string>, index: number, buttons: Buttons): number {
  for (let size = Math.min(longest, words.length - index); size > 0; size--) {
    const phrase = words.slice(index, index + size).join(' ')
    if (buttons.strong.has(phrase) || buttons.weak.has(phrase)) return size
  }

  return 0
}

/**
 * Normalise a single-spaced lower-case line for the phrase tests of a rule:
 * no space around it, and none of `ends` at its end (`Click to expand...`,
 * `Add to cart>`).
 *
 * ###### Notes
 * The end is trimmed in a loop, not with a pattern anchored at the end,
 * which takes quadratic time on a long run of what it trims.
 *
 * @param spaced
 *   Lower-case line, single-spaced (`spacedValue()`).
 * @param ends
 *   Characters to trim from its end.
 * @returns
 *   Normalised line.
 */
export function normalLine(spaced: string, ends: string): string {
  let end = spaced.length
  while (end > 0 && (spaced.charAt(end - 1) === ' ' || ends.includes(spaced.charAt(end - 1)))) end--
  let start = 0
  while (start < end && spaced.charAt(start) === ' ') start++
  return spaced.slice(start, end)
}
