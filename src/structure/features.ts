import {featuresOf} from './line.js'

export {featuresOf} from './line.js'

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
  /**
   * Whether another rule already stripped the line: it is context for its
   * neighbours, but never kept.
   */
  taken?: boolean | undefined
  /**
   * Whether the rule that took the line marks where an article ends: a
   * rights notice, the tags, a share prompt, a time stamp. Near the end of
   * the kept text, what follows it is not the article.
   */
  closes?: boolean | undefined
  /**
   * Whether the rule that took the line marks where an article starts: the
   * site’s menu, a time stamp, the reading time, a share prompt. Near the
   * start of the kept text, what comes before it is not the article.
   */
  opens?: boolean | undefined
}

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
  const values: Array<string> = []
  let blockStart = 0

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const blankBefore = line ? line.blankBefore : false
    if (index > 0 && blankBefore) {
      closeBlock(features, blockStart, index)
      blockStart = index
    }

    // Trimmed once: the repeat count hashes the same strings again.
    const value = line ? line.value.trim() : ''
    values.push(value)
    const result = featuresOf(value, blankBefore, masks, languageCount)
    if (result.stopwordsBy.length > 0) {
      for (let bit = 0; bit < languageCount; bit++) {
        hits[bit] = (hits[bit] ?? 0) + (result.stopwordsBy[bit] ?? 0)
      }
    }

    features.push(result)
  }

  closeBlock(features, blockStart, lines.length)
  countRepeats(values, features)
  return {features, hits}
}

/**
 * Count, for every line, the other lines with the same text (menus and
 * headlines repeat; paragraphs do not).
 *
 * @param values
 *   Trimmed text of each line.
 * @param features
 *   Features per line (changed in place).
 * @returns
 *   Nothing.
 */
function countRepeats(values: ReadonlyArray<string>, features: Array<LineFeatures>): undefined {
  const seen = new Map<string, number>()
  for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1)

  for (const [index, value] of values.entries()) {
    const result = features[index]
    if (result) result.repeats = (seen.get(value) ?? 1) - 1
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
