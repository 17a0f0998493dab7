/**
 * Letter or digit outside ASCII (the benchmark’s token characters).
 */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * A combining mark: the vowel signs and viramas of Devanagari and the other
 * Indic scripts, Thai vowel and tone marks, Arabic vowel marks, Hebrew
 * points, combining accents.
 */
const markCharacter = /\p{M}/u

/**
 * Whether the character at `index` is a combining mark of a letter, which
 * goes on the word it follows (`पुस्तकालय` is one word, not five pieces;
 * `phraseKey` reads words so too).
 *
 * @param value
 *   Text.
 * @param index
 *   Position.
 * @param code
 *   Char code at `index`.
 * @param size
 *   1, or 2 for a surrogate pair.
 * @returns
 *   Whether it is.
 */
export function isMark(value: string, index: number, code: number, size: number): boolean {
  // No mark below the combining diacritics, nor in the Latin, Cyrillic and
  // CJK letters' common blocks.
  if (code < 0x300 || (code >= 0x400 && code <= 0x482) || (code >= 0x4e00 && code <= 0x9fff)) return false
  // Variation selectors (`☕️`) and the marks of symbols (a keycap) are not
  // a word's.
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x20d0 && code <= 0x20ff)) return false
  return markCharacter.test(size === 2 ? value.slice(index, index + 2) : value.charAt(index))
}

/**
 * Whether the character at `index` is a letter or digit.
 *
 * @param value
 *   Text.
 * @param index
 *   Position.
 * @param code
 *   Char code at `index`.
 * @param size
 *   1, or 2 for a surrogate pair.
 * @returns
 *   Whether it is.
 */
export function isWordCharacter(value: string, index: number, code: number, size: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }

  // Fast paths for the common blocks, exact as the pattern: Latin-1 and
  // Latin Extended letters; Cyrillic and Greek without their combining
  // marks, signs and unassigned places (`҃`, `͵`, `΄`); general punctuation
  // (quotes, dashes); kana without its voicing marks and middle dot (`゛`,
  // `・`); the ideographs. The rest asks the pattern.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code >= 0x400 && code <= 0x4ff) return code < 0x482 || code > 0x489
  if (code >= 0x38e && code <= 0x3ff) return code !== 0x3a2 && code !== 0x3f6
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe)
  if ((code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa)) return true
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return true
  return wordCharacter.test(value.slice(index, index + size))
}

/**
 * Whether a character starts upper case.
 *
 * @param value
 *   Text.
 * @param code
 *   Char code.
 * @param index
 *   Position.
 * @param size
 *   Code units.
 * @returns
 *   Whether it is upper case.
 */
export function isUpper(value: string, code: number, index: number, size: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  const character = value.slice(index, index + size)
  return character !== character.toLowerCase()
}

/**
 * Whether a (non-ASCII) character is lower case.
 *
 * @param value
 *   Text.
 * @param index
 *   Position.
 * @param size
 *   Code units.
 * @returns
 *   Whether it is lower case.
 */
export function isLower(value: string, index: number, size: number): boolean {
  const character = value.slice(index, index + size)
  return character !== character.toUpperCase()
}

/**
 * Whether a char code is Thai (written without spaces between words; its
 * vowel and tone marks are characters of their own).
 *
 * @param code
 *   Char code.
 * @returns
 *   Whether it is.
 */
export function isThai(code: number): boolean {
  return code >= 0x0e00 && code <= 0x0e7f
}

/**
 * Characters of a Thai word, marks included (see `runWords`).
 */
const thaiWord = 5

/**
 * Words in a run of a script written without spaces: Han and kana count one
 * per two characters, Thai one per five (its vowel and tone marks are
 * characters of the run: a news sentence cut into its words gives 4.8 to 5.1
 * characters a word), and the rest of the run, if any, one more (a run with
 * one such character is one word).
 *
 * @param length
 *   Characters of the run.
 * @param cjk
 *   Han and kana characters in it.
 * @param thai
 *   Thai characters in it.
 * @returns
 *   Words (at least 1).
 */
export function runWords(length: number, cjk: number, thai: number): number {
  if (cjk + thai < 2) return 1
  return Math.ceil(cjk / 2) + Math.ceil(thai / thaiWord) + (length - cjk - thai > 0 ? 1 : 0)
}

/**
 * Whether a char code is Han, Hiragana or Katakana (written without spaces).
 *
 * @param code
 *   Char code.
 * @returns
 *   Whether it is.
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/**
 * Whether the character at `index` is a menu separator: `|`, `•`, `»`, `›`,
 * `·`, `►`, `▸`, or `/` between spaces.
 *
 * @param value
 *   Text.
 * @param index
 *   Position.
 * @param code
 *   Char code.
 * @returns
 *   Whether it is.
 */
export function isSeparator(value: string, index: number, code: number): boolean {
  if (code === 124 || code === 0x2022 || code === 0xbb || code === 0x203a) return true
  if (code === 0xb7 || code === 0x25ba || code === 0x25b8) return true
  return code === 47 && value.charCodeAt(index - 1) === 32 && value.charCodeAt(index + 1) === 32
}

/**
 * Sentence ends of scripts without case: `。`, `！`, `？` (full width), Arabic
 * `؟` and Urdu `۔`, Devanagari `।`, Armenian `։`, Ethiopic `።`, Burmese `။`,
 * Khmer `។` (the line scanner, the boxes of line rules).
 */
export const caselessStops = '。！？؟۔।։።။។'

/**
 * A sentence end with more text after it: a line that matches holds two
 * sentences or more (`6.6` is one). Scripts without case end one with their
 * own marks (`caselessStops`), with or without a space after them (Arabic
 * and Devanagari write one, Chinese and Japanese none); Thai, which writes
 * none, with a space between two of its characters. A prompt to follow the
 * site and a line of the box of a line rule are one sentence.
 */
export const moreSentences = new RegExp(
  String.raw`[.!?]["'”’)\]]*\s+\S|[${caselessStops}]["'”’」』）)]*\s*\S|[\u0E00-\u0E7F] [\u0E00-\u0E7F]`,
  'u'
)

/**
 * Char codes of `caselessStops`.
 */
const caselessEnds = new Set(Array.from(caselessStops, (character) => character.charCodeAt(0)))

/**
 * Whether sentence punctuation at `index` ends a sentence inside the line:
 * closing quotes, white space, an optional opening quote, then a capital.
 *
 * @param value
 *   Text.
 * @param index
 *   Position.
 * @param code
 *   Char code.
 * @returns
 *   Whether it does.
 */
export function isSentenceEnd(value: string, index: number, code: number): boolean {
  // Scripts without case: any end followed by more text.
  if (caselessEnds.has(code)) {
    return index < value.length - 1
  }

  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false
  let next = index + 1
  while (next < value.length && '"\'”’)]'.includes(value.charAt(next))) next++
  const spaceStart = next
  while (next < value.length && (value.charCodeAt(next) === 32 || value.charCodeAt(next) === 9)) next++
  if (next === spaceStart) return false
  while (next < value.length && '"\'“‘('.includes(value.charAt(next))) next++
  const after = value.charCodeAt(next)
  return next < value.length && isUpper(value, after, next, 1)
}

/**
 * Replace digit runs by `#` (phrase keys).
 *
 * @param word
 *   Lower-case word.
 * @returns
 *   Word with digit runs as `#`.
 */
export function digitless(word: string): string {
  return word.replace(/\d+/g, '#')
}

/**
 * Last character that is not a closing quote or bracket.
 *
 * @param value
 *   Trimmed line.
 * @returns
 *   The character, or `''`.
 */
export function lastSignificant(value: string): string {
  let index = value.length - 1
  while (index >= 0 && '"\'”’)]»」』'.includes(value.charAt(index))) index--
  return index >= 0 ? value.charAt(index) : ''
}

/**
 * Count the (non-overlapping) occurrences of a string.
 *
 * @param value
 *   Text.
 * @param needle
 *   What to count.
 * @returns
 *   How many times it occurs.
 */
export function count(value: string, needle: string): number {
  let total = 0
  let index = value.indexOf(needle)
  while (index >= 0) {
    total++
    index = value.indexOf(needle, index + needle.length)
  }

  return total
}

/**
 * Count e-mail addresses: an `@` between word characters with a dot after.
 *
 * @param value
 *   Text.
 * @returns
 *   How many addresses it has.
 */
export function emailCount(value: string): number {
  let total = 0
  let index = value.indexOf('@')
  while (index > 0) {
    const before = value.charAt(index - 1)
    let end = index + 1
    while (end < value.length && /[\w.-]/.test(value.charAt(end))) end++
    const domain = value.slice(index + 1, end)
    if (/\w/.test(before) && domain.includes('.') && !domain.endsWith('.')) total++
    index = value.indexOf('@', end)
  }

  return total
}
