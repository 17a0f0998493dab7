import {
  count,
  digitless,
  emailCount,
  isCjk,
  isThai,
  runWords,
  isSentenceEnd,
  isSeparator,
  isUpper,
  isLower,
  isWordCharacter,
  isMark,
  lastSignificant,
  caselessStops
} from './chars.js'
import {languageSets} from './language.js'
import {stepTrie, stopwordTrie, type StopwordTrie} from './trie.js'
import {dotless, toneless} from '../util/line-text.js'
import {isWhiteSpace} from '../util/shape.js'

/**
 * Cues of one line, computed once, in one pass over its characters.
 */
export interface LineFeatures {
  /** Words: runs of letters or digits; a run of Han or kana counts one per two characters, Thai one per five (`runWords`); a combining mark goes on its word. */
  words: number
  /** Pieces of the line between white space (`value.split(/\s+/).length`; 0 for an empty line). */
  tokens: number
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
  /** Ends in sentence punctuation (`.`, `!`, `?`, `…`, `。`, `؟`, `।`…; closing quotes allowed). */
  terminal: boolean
  /** Ends in a colon (a lead-in to a list or a quote). */
  colon: boolean
  /** Sentence ends inside the line plus the final one. */
  sentences: number
  /** Commas (and CJK and Arabic commas). */
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
  /**
   * The language set (`languageSets`) of each stopword of the line, one entry
   * a hit (`stopwordsIn()` counts them for one language).
   */
  stopwordSets: ReadonlyArray<number>
  /** Lower-case words joined by spaces, digit runs `#` (only lines of ≤ 8 words; else `''`). */
  key: string
}

/**
 * List bullet or numbered item at the start of a line.
 */
const bulletExpression = /^(?:[-*•·–—►▸◦]\s|\d{1,3}[.)]\s)/

/**
 * Characters that end a sentence at the end of a line: Latin, the ends of
 * scripts without case (`caselessStops`: CJK full width, Arabic, Devanagari,
 * Armenian, Ethiopic, Burmese, Khmer), and the Devanagari double danda `॥`.
 */
const terminals = '.!?…॥' + caselessStops

/**
 * Words of a line of Thai that ends without punctuation for it to end a
 * sentence: Thai writes none, and ends a sentence with a space (inside a
 * line) or the end of its paragraph; a menu item or a label is shorter.
 */
const thaiSentenceWords = 10

/**
 * Longest stopword worth a look-up.
 */
const stopwordMaximum = 8

/**
 * Stopword hits of a line without any (shared, never written).
 */
const noHits: Array<number> = []

/**
 * For each language, which language sets include it (filled when asked).
 */
const setsWith: Array<Uint8Array | undefined> = []

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
  stopwordSets: Array<number>
  /** Words of the phrase key so far (in `keyRuns`). */
  keyWords: number
}

/**
 * Word runs of the phrase key of the line being scanned: start, end and
 * flags of each (shared: the key is built before the next line is scanned).
 */
const keyRuns = new Int32Array(keyMaximum * 3)

/**
 * Key run flag: the word needs lower-casing (an upper-case or non-ASCII
 * character).
 */
const needsLower = 1

/**
 * Key run flag: the word has a digit.
 */
const hasDigit = 2

/**
 * Key run flag: the word has a character beyond ASCII (only such a word may
 * hold a Greek tonos or a Turkish dotted `İ`).
 */
const nonAscii = 4

/**
 * Compute the cues of one line in one pass over its characters.
 *
 * @param raw
 *   Text of the line.
 * @param blankBefore
 *   Whether a blank line comes before it.
 * @param masks
 *   Stopword → id of its set of languages (`languageSets`).
 * @returns
 *   Its features (`blockSize` set later, `stopwords` once the language is
 *   known).
 */
export function featuresOf(raw: string, blankBefore: boolean, masks: ReadonlyMap<string, number>): LineFeatures {
  const value = raw.trim()
  const trie = stopwordTrie(masks)
  const tally: Tally = {
    words: 0,
    capitalised: 0,
    allCaps: 0,
    digits: 0,
    sentences: 0,
    commas: 0,
    separators: 0,
    glued: 0,
    stopwordSets: noHits,
    keyWords: 0
  }
  let index = 0
  // Runs of white space (the line is trimmed: none at its edges).
  let spaces = 0
  let white = false

  while (index < value.length) {
    const code = value.charCodeAt(index)
    const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1

    if (isWordCharacter(value, index, code, size)) {
      index = scanWord(value, index, tally, trie, masks)
      white = false
    } else {
      // White space is most of what lies between words.
      if (code === 32) {
        if (!white) {
          spaces++
          // Thai ends a sentence (or a clause) with a space.
          if (isThai(value.charCodeAt(index - 1)) && isThai(value.charCodeAt(index + 1))) tally.sentences++
        }

        white = true
        index++
        continue
      }

      if (isWhiteSpace(code)) {
        if (!white) spaces++
        white = true
      } else white = false

      if (code === 44 || code === 0x3001 || code === 0xff0c || code === 0x060c) tally.commas++
      else if (isSeparator(value, index, code)) tally.separators++
      else if (isSentenceEnd(value, index, code)) tally.sentences++
      index += size
    }
  }

  return finish(value, blankBefore, tally, value.length === 0 ? 0 : spaces + 1)
}

/**
 * Stopwords of a line in one language.
 *
 * @param features
 *   Features of the line.
 * @param language
 *   Slot of the language in `languages`.
 * @returns
 *   Count.
 */
export function stopwordsIn(features: Pick<LineFeatures, 'stopwordSets'>, language: number): number {
  const sets = features.stopwordSets
  if (sets.length === 0) return 0
  let has = setsWith[language]
  if (has === undefined) {
    has = Uint8Array.from(languageSets, (set) => (set.includes(language) ? 1 : 0))
    setsWith[language] = has
  }

  let found = 0
  for (const set of sets) found += has[set] ?? 0
  return found
}

/**
 * Scan one word from `start` and add it to the tally.
 *
 * ###### Notes
 * ASCII letters walk the stopword trie as they are read, so most words are
 * looked up without slicing or lower-casing them; a word with other
 * characters is looked up in the map.
 *
 * @param value
 *   Line.
 * @param start
 *   Index of the word’s first character.
 * @param tally
 *   Counts (changed in place).
 * @param trie
 *   Trie of the ASCII stopwords.
 * @param masks
 *   Stopword → id of its set of languages (`languageSets`).
 * @returns
 *   Index after the word.
 */
function scanWord(
  value: string,
  start: number,
  tally: Tally,
  trie: StopwordTrie,
  masks: ReadonlyMap<string, number>
): number {
  const first = value.charCodeAt(start)
  let upperFirst = isUpper(value, first, start, first >= 0xd800 && first <= 0xdbff ? 2 : 1)
  let index = start
  let lower = false
  let digit = false
  let upper = false
  let ascii = true
  let cjk = 0
  let thai = 0
  let previousLower = false
  let glue = false
  let node = 0
  while (index < value.length) {
    const next = value.charCodeAt(index)
    if (next < 128) {
      if (next >= 97 && next <= 122) {
        lower = true
        node = stepTrie(trie, node, next)
      } else if (next >= 65 && next <= 90) {
        // Lower then upper case after three letters: two words run together.
        if (previousLower && index - start >= 3) glue = true
        upper = true
        node = stepTrie(trie, node, next)
      } else if (next >= 48 && next <= 57) {
        digit = true
      } else break

      previousLower = next >= 97
      index++
      continue
    }

    const nextSize = next >= 0xd800 && next <= 0xdbff ? 2 : 1
    // A combining mark goes on its word (the vowel signs of Devanagari).
    if (!isWordCharacter(value, index, next, nextSize) && !isMark(value, index, next, nextSize)) break
    previousLower = false
    ascii = false
    if (isCjk(next)) cjk++
    else if (isThai(next)) thai++
    else if (!lower && isLower(value, index, nextSize)) lower = true
    index += nextSize
  }

  const length = index - start
  if (glue) tally.glued++
  tally.words += runWords(length, cjk, thai)
  if (digit) tally.digits++
  if (cjk > 0) upperFirst = false
  if (upperFirst) {
    tally.capitalised++
    if (!lower && length > 1) tally.allCaps++
  }

  if (length <= stopwordMaximum && !digit) {
    const mask = ascii
      ? (trie.masks[node] ?? 0)
      : (masks.get(value.slice(start, index).toLowerCase()) ?? 0)
    if (mask !== 0) {
      if (tally.stopwordSets === noHits) tally.stopwordSets = [mask]
      else tally.stopwordSets.push(mask)
    }
  }

  if (tally.words <= keyMaximum) {
    const slot = tally.keyWords * 3
    keyRuns[slot] = start
    keyRuns[slot + 1] = index
    keyRuns[slot + 2] = (upper || !ascii ? needsLower : 0) | (digit ? hasDigit : 0) | (ascii ? 0 : nonAscii)
    tally.keyWords++
  }

  return index
}

/**
 * Build the phrase key of the line just scanned: its words, lower case,
 * digit runs `#`, joined by spaces.
 *
 * @param value
 *   Trimmed line.
 * @param runs
 *   Number of word runs in `keyRuns`.
 * @returns
 *   Key.
 */
function keyOf(value: string, runs: number): string {
  // Most keyed lines are words one space apart (`Share this story`): their
  // key is that stretch of the line, lower-cased once, not built word by word.
  let flags = 0
  let spaced = true
  for (let run = 0; run < runs; run++) {
    const slot = run * 3
    const start = keyRuns[slot] ?? 0
    flags |= keyRuns[slot + 2] ?? 0
    if (run > 0 && (start !== (keyRuns[slot - 2] ?? 0) + 1 || value.charCodeAt(start - 1) !== 32)) {
      spaced = false
      break
    }
  }

  if (spaced && runs > 0) {
    let key = value.slice(keyRuns[0], keyRuns[(runs - 1) * 3 + 1])
    if (flags & needsLower) key = key.toLowerCase()
    if (flags & nonAscii) key = toneless(dotless(key))
    if (flags & hasDigit) key = digitless(key)
    return key
  }

  let key = ''
  for (let run = 0; run < runs; run++) {
    const slot = run * 3
    const flags = keyRuns[slot + 2] ?? 0
    let word = value.slice(keyRuns[slot], keyRuns[slot + 1])
    if (flags & needsLower) word = word.toLowerCase()
    if (flags & nonAscii) word = toneless(dotless(word))
    if (flags & hasDigit) word = digitless(word)
    key = run === 0 ? word : key + ' ' + word
  }

  return key
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
 * @param tokens
 *   Pieces between white space.
 * @returns
 *   Features.
 */
function finish(value: string, blankBefore: boolean, tally: Tally, tokens: number): LineFeatures {
  const last = lastSignificant(value)
  const terminal =
    (terminals.includes(last) && last !== '') || (isThai(last.charCodeAt(0)) && tally.words >= thaiSentenceWords)

  return {
    words: tally.words,
    tokens,
    chars: value.length,
    stopwords: 0,
    stopwordSets: tally.stopwordSets,
    capitalised: tally.capitalised,
    allCaps: tally.allCaps,
    digits: tally.digits,
    terminal,
    colon: last === ':' || last === '：',
    // The scan counts a sentence end only when text follows it.
    sentences: tally.sentences + (terminal ? 1 : 0),
    commas: tally.commas,
    // Both link schemes have `://`: most lines are spared two searches.
    urls:
      (value.includes('://') ? count(value, 'http://') + count(value, 'https://') : 0) +
      count(value, 'www.'),
    emails: value.includes('@') ? emailCount(value) : 0,
    separators: tally.separators,
    glued: tally.glued,
    repeats: 0,
    bullet: bulletExpression.test(value),
    blankBefore,
    blockSize: 1,
    key: tally.words <= keyMaximum ? keyOf(value, tally.keyWords) : ''
  }
}
