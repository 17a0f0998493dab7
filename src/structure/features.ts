/**
 * Cues of one line, computed once, in one pass over its characters.
 */
export interface LineFeatures {
  /** Words: runs of letters or digits; a run of CJK characters counts one per two. */
  words: number
  /** Characters of the trimmed line. */
  chars: number
  /** Words in the stopword list of the document language (set once it is known). */
  stopwords: number
  /** Words starting with an upper-case letter. */
  capitalised: number
  /** Words of two or more letters, all upper case. */
  allCaps: number
  /** Words with a digit. */
  digits: number
  /** Ends in sentence punctuation (`.`, `!`, `?`, `…`, `。`; closing quotes allowed). */
  terminal: boolean
  /** Ends in a colon (a lead-in to a list or a quote). */
  colon: boolean
  /** Sentence ends inside the line plus the final one. */
  sentences: number
  /** Commas (and CJK commas). */
  commas: number
  /** Links (`http://`, `https://`, `www.`). */
  urls: number
  /** E-mail addresses. */
  emails: number
  /** Menu separators: `|`, `•`, `»`, `›`, `·`, `►`, `/` between spaces. */
  separators: number
  /** Starts with a list bullet or a number followed by `.` or `)`. */
  bullet: boolean
  /** Blank line before. */
  blankBefore: boolean
  /** Lines in the blank-line block this line belongs to. */
  blockSize: number
  /** Words glued to the next one (`SteakhouseA`, `MichiganMichigan`): teasers of headline and summary. */
  glued: number
  /** Other lines of the page with the same text. */
  repeats: number
  /** Stopword hits per language (bit order of `languages`). */
  stopwordsBy: Array<number>
  /** Lower-case words joined by spaces, digit runs `#` (only lines of ≤ 8 words; else `''`). */
  key: string
}

/**
 * A line as the locator sees it.
 */
export interface LineInput {
  /** Text of the line (trimmed or not). */
  value: string
  /** Whether a blank line comes before it. */
  blankBefore: boolean
}

/**
 * Letter or digit outside ASCII (the benchmark’s token characters).
 */
const wordCharacter = /[\p{L}\p{N}]/u

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
 * Compute the cues of every line.
 *
 * @param lines
 *   Lines of the document.
 * @param masks
 *   Stopword → bit mask of the languages that list it.
 * @param languageCount
 *   Number of languages (bits).
 * @returns
 *   One `LineFeatures` per line, same order, and the stopword hits of every
 *   language over the document.
 */
export function lineFeatures(
  lines: ReadonlyArray<LineInput>,
  masks: ReadonlyMap<string, number>,
  languageCount: number
): {features: Array<LineFeatures>; hits: Array<number>} {
  const features: Array<LineFeatures> = []
  const hits = new Array<number>(languageCount).fill(0)
  let blockStart = 0

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const blankBefore = line ? line.blankBefore : false
    if (index > 0 && blankBefore) {
      closeBlock(features, blockStart, index)
      blockStart = index
    }

    const result = featuresOf(line ? line.value : '', blankBefore, masks, languageCount)
    if (result.stopwordsBy.length > 0) {
      for (let bit = 0; bit < languageCount; bit++) {
        hits[bit] = (hits[bit] ?? 0) + (result.stopwordsBy[bit] ?? 0)
      }
    }

    features.push(result)
  }

  closeBlock(features, blockStart, lines.length)
  countRepeats(lines, features)
  return {features, hits}
}

/**
 * Count, for every line, the other lines with the same text (menus and
 * headlines repeat; paragraphs do not).
 *
 * @param lines
 *   Lines of the document.
 * @param features
 *   Features per line (changed in place).
 * @returns
 *   Nothing.
 */
function countRepeats(lines: ReadonlyArray<LineInput>, features: Array<LineFeatures>): undefined {
  const seen = new Map<string, number>()
  for (const line of lines) {
    const value = line.value.trim()
    seen.set(value, (seen.get(value) ?? 0) + 1)
  }

  for (const [index, line] of lines.entries()) {
    const result = features[index]
    if (result) result.repeats = (seen.get(line.value.trim()) ?? 1) - 1
  }
}

/**
 * Set the block size of the lines of one blank-line block.
 *
 * @param result
 *   Features so far.
 * @param from
 *   First line of the block.
 * @param to
 *   Line after the block.
 * @returns
 *   Nothing.
 */
function closeBlock(result: Array<LineFeatures>, from: number, to: number): undefined {
  for (let index = from; index < to; index++) {
    const features = result[index]
    if (features) features.blockSize = to - from
  }
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
  // Allocated at the first hit: most chrome lines have none.
  let stopwordsBy: Array<number> | undefined
  const keyWords: Array<string> = []
  let words = 0
  let capitalised = 0
  let allCaps = 0
  let digits = 0
  let sentences = 0
  let commas = 0
  let separators = 0
  let glued = 0
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1

    if (!isWordCharacter(value, index, code, size)) {
      if (code === 44 || code === 0x3001 || code === 0xff0c) commas++
      else if (isSeparator(value, index, code)) separators++
      else if (isSentenceEnd(value, index, code)) sentences++
      index += size
      continue
    }

    // A word: scan to its end.
    const start = index
    let upperFirst = isUpper(value, code, index, size)
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
    if (glue) glued++
    words += cjk > 1 ? Math.ceil(cjk / 2) + (length - cjk > 0 ? 1 : 0) : 1
    if (digit) digits++
    if (cjk > 0) upperFirst = false
    if (upperFirst) {
      capitalised++
      if (!lower && length > 1) allCaps++
    }

    if ((length <= stopwordMaximum && !digit) || words <= keyMaximum) {
      const word = value.slice(start, index).toLowerCase()
      if (length <= stopwordMaximum) {
        const mask = masks.get(word)
        if (mask !== undefined) {
          stopwordsBy ??= new Array<number>(languageCount).fill(0)
          for (let bit = 0; bit < languageCount; bit++) {
            if (mask & (1 << bit)) stopwordsBy[bit] = (stopwordsBy[bit] ?? 0) + 1
          }
        }
      }

      if (words <= keyMaximum) keyWords.push(digit ? digitless(word) : word)
    }
  }

  const last = lastSignificant(value)
  const terminal =
    last === '.' || last === '!' || last === '?' || last === '…' || last === '。' ||
    last === '！' || last === '？'
  // The loop counts a sentence end only when text follows it.
  if (terminal) sentences++

  return {
    words,
    chars: value.length,
    stopwords: 0,
    stopwordsBy: stopwordsBy ?? noHits,
    capitalised,
    allCaps,
    digits,
    terminal,
    colon: last === ':' || last === '：',
    sentences,
    commas,
    urls: count(value, 'http://') + count(value, 'https://') + count(value, 'www.'),
    emails: value.includes('@') ? emailCount(value) : 0,
    separators,
    glued,
    repeats: 0,
    bullet: bulletExpression.test(value),
    blankBefore,
    blockSize: 1,
    key: words <= keyMaximum ? keyWords.join(' ') : ''
  }
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
function isWordCharacter(value: string, index: number, code: number, size: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }

  // Fast paths for the common blocks: Latin-1 and Latin Extended letters,
  // Greek, Cyrillic; general punctuation (quotes, dashes) is not a letter.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code >= 0x370 && code <= 0x4ff) return code !== 0x37e && code !== 0x387
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe)
  if (isCjk(code)) return true
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
function isUpper(value: string, code: number, index: number, size: number): boolean {
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
function isLower(value: string, index: number, size: number): boolean {
  const character = value.slice(index, index + size)
  return character !== character.toUpperCase()
}

/**
 * Whether a char code is Han, Hiragana or Katakana (written without spaces).
 *
 * @param code
 *   Char code.
 * @returns
 *   Whether it is.
 */
function isCjk(code: number): boolean {
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
function isSeparator(value: string, index: number, code: number): boolean {
  if (code === 124 || code === 0x2022 || code === 0xbb || code === 0x203a) return true
  if (code === 0xb7 || code === 0x25ba || code === 0x25b8) return true
  return code === 47 && value.charCodeAt(index - 1) === 32 && value.charCodeAt(index + 1) === 32
}

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
function isSentenceEnd(value: string, index: number, code: number): boolean {
  if (code === 0x3002 || code === 0xff01 || code === 0xff1f) {
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
function digitless(word: string): string {
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
function lastSignificant(value: string): string {
  let index = value.length - 1
  while (index >= 0 && '"\'”’)]»」'.includes(value.charAt(index))) index--
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
function count(value: string, needle: string): number {
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
function emailCount(value: string): number {
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
