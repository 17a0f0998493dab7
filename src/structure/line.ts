import {
  count,
  digitless,
  emailCount,
  isCjk,
  isSentenceEnd,
  isSeparator,
  isUpper,
  isLower,
  isWordCharacter,
  lastSignificant
} from './chars.js'
import type {LineFeatures} from './features.js'

/**
 * List bullet or numbered item at the start of a line.
 */
const bulletExpression = /^(?:[-*•·–—►▸◦]\s|\d{1,3}[.)]\s)/

/**
 * Longest stopword worth a look-up.
 */
const stopwordMaximum = 8

/**
 * Stopword hits of a line without any (shared, never written).
 */
const noHits: Array<number> = []

/**
 * Most words a line may have to get a phrase key.
 */
const keyMaximum = 8

/**
 * Running counts of one line while its characters are scanned.
 */
interface Tally {
  words: number
  capitalised: number
  allCaps: number
  digits: number
  sentences: number
  commas: number
  separators: number
  glued: number
  /** `noHits` until the first hit: most chrome lines have none. */
  stopwordsBy: Array<number>
  keyWords: Array<string>
}

/**
 * Compute the cues of one line in one pass over its characters.
 *
 * @param raw
 *   Text of the line.
 * @param blankBefore
 *   Whether a blank line comes before it.
 * @param masks
 *   Stopword → bit mask of languages.
 * @param languageCount
 *   Number of languages.
 * @returns
 *   Its features (`blockSize` set later, `stopwords` once the language is
 *   known).
 */
export function featuresOf(
  raw: string,
  blankBefore: boolean,
  masks: ReadonlyMap<string, number>,
  languageCount: number
): LineFeatures {
  const value = raw.trim()
  const tally: Tally = {
    words: 0,
    capitalised: 0,
    allCaps: 0,
    digits: 0,
    sentences: 0,
    commas: 0,
    separators: 0,
    glued: 0,
    stopwordsBy: noHits,
    keyWords: []
  }
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1

    if (isWordCharacter(value, index, code, size)) {
      index = scanWord(value, index, tally, masks, languageCount)
    } else {
      if (code === 44 || code === 0x3001 || code === 0xff0c) tally.commas++
      else if (isSeparator(value, index, code)) tally.separators++
      else if (isSentenceEnd(value, index, code)) tally.sentences++
      index += size
    }
  }

  return finish(value, blankBefore, tally)
}

/**
 * Scan one word from `start` and add it to the tally.
 *
 * @param value
 *   Line.
 * @param start
 *   Index of the word’s first character.
 * @param tally
 *   Counts (changed in place).
 * @param masks
 *   Stopword → bit mask of languages.
 * @param languageCount
 *   Number of languages.
 * @returns
 *   Index after the word.
 */
function scanWord(
  value: string,
  start: number,
  tally: Tally,
  masks: ReadonlyMap<string, number>,
  languageCount: number
): number {
  const first = value.charCodeAt(start)
  let upperFirst = isUpper(value, first, start, first >= 0xd800 && first <= 0xdbff ? 2 : 1)
  let index = start
  let lower = false
  let digit = false
  let cjk = 0
  let previousLower = false
  let glue = false
  while (index < value.length) {
    const next = value.charCodeAt(index)
    const nextSize = next >= 0xd800 && next <= 0xdbff ? 2 : 1
    if (!isWordCharacter(value, index, next, nextSize)) break
    // Lower then upper case after three letters: two words run together.
    if (previousLower && next >= 65 && next <= 90 && index - start >= 3) glue = true
    previousLower = next >= 97 && next <= 122
    if (next >= 48 && next <= 57) digit = true
    else if (next >= 97 && next <= 122) lower = true
    else if (next >= 128) {
      if (isCjk(next)) cjk++
      else if (!lower && isLower(value, index, nextSize)) lower = true
    }

    index += nextSize
  }

  const length = index - start
  if (glue) tally.glued++
  tally.words += cjk > 1 ? Math.ceil(cjk / 2) + (length - cjk > 0 ? 1 : 0) : 1
  if (digit) tally.digits++
  if (cjk > 0) upperFirst = false
  if (upperFirst) {
    tally.capitalised++
    if (!lower && length > 1) tally.allCaps++
  }

  if ((length <= stopwordMaximum && !digit) || tally.words <= keyMaximum) {
    addWord(value.slice(start, index).toLowerCase(), length, digit, tally, masks, languageCount)
  }

  return index
}

/**
 * Count a (lower-case) word as a stopword and add it to the phrase key.
 *
 * @param word
 *   Lower-case word.
 * @param length
 *   Its length in code units.
 * @param digit
 *   Whether it has a digit.
 * @param tally
 *   Counts (changed in place).
 * @param masks
 *   Stopword → bit mask of languages.
 * @param languageCount
 *   Number of languages.
 * @returns
 *   Nothing.
 */
function addWord(
  word: string,
  length: number,
  digit: boolean,
  tally: Tally,
  masks: ReadonlyMap<string, number>,
  languageCount: number
): undefined {
  if (length <= stopwordMaximum) {
    const mask = masks.get(word)
    if (mask !== undefined) {
      if (tally.stopwordsBy === noHits) tally.stopwordsBy = new Array<number>(languageCount).fill(0)
      for (let bit = 0; bit < languageCount; bit++) {
        if (mask & (1 << bit)) tally.stopwordsBy[bit] = (tally.stopwordsBy[bit] ?? 0) + 1
      }
    }
  }

  if (tally.words <= keyMaximum) tally.keyWords.push(digit ? digitless(word) : word)
}

/**
 * Turn the tally of a line into its features.
 *
 * @param value
 *   Trimmed line.
 * @param blankBefore
 *   Whether a blank line comes before it.
 * @param tally
 *   Counts.
 * @returns
 *   Features.
 */
function finish(value: string, blankBefore: boolean, tally: Tally): LineFeatures {
  const last = lastSignificant(value)
  const terminal =
    last === '.' || last === '!' || last === '?' || last === '…' || last === '。' ||
    last === '！' || last === '？'

  return {
    words: tally.words,
    chars: value.length,
    stopwords: 0,
    stopwordsBy: tally.stopwordsBy,
    capitalised: tally.capitalised,
    allCaps: tally.allCaps,
    digits: tally.digits,
    terminal,
    colon: last === ':' || last === '：',
    // The scan counts a sentence end only when text follows it.
    sentences: tally.sentences + (terminal ? 1 : 0),
    commas: tally.commas,
    urls: count(value, 'http://') + count(value, 'https://') + count(value, 'www.'),
    emails: value.includes('@') ? emailCount(value) : 0,
    separators: tally.separators,
    glued: tally.glued,
    repeats: 0,
    bullet: bulletExpression.test(value),
    blankBefore,
    blockSize: 1,
    key: tally.words <= keyMaximum ? tally.keyWords.join(' ') : ''
  }
}
