import type {Line} from '../util/lines.js'
import {languageSets} from './language.js'
import {featuresOf, type LineFeatures} from './line.js'

export {featuresOf, stopwordsIn, type LineFeatures} from './line.js'

/**
 * A line as the locator reads it: the fields of the page’s `Line` it needs.
 * `strippedBy`: another rule already stripped the line; it is context for
 * its neighbours, but never kept. `keptFor`: the rule of a category switched
 * off would have stripped it; it is always kept.
 */
export type LocatorLine = Pick<Line, 'value' | 'blankBefore'> & {
  readonly strippedBy?: string | undefined
  /** A category switched off would have stripped the line: it stays. */
  readonly keptFor?: string | undefined
}

/**
 * Compute the cues of every line.
 *
 * @param lines
 *   Lines of the document.
 * @param masks
 *   Stopword → id of the set of languages that list it (`languageSets`).
 * @param languageCount
 *   Number of languages.
 * @returns
 *   One `LineFeatures` per line, same order, and the stopword hits of every
 *   language over the document.
 */
export function lineFeatures(
  lines: ReadonlyArray<LocatorLine>,
  masks: ReadonlyMap<string, number>,
  languageCount: number
): {features: Array<LineFeatures>; hits: Array<number>} {
  const features: Array<LineFeatures> = []
  const hits = new Array<number>(languageCount).fill(0)
  const values: Array<string> = []
  const bySet = new Map<number, number>()
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
    const result = featuresOf(value, blankBefore, masks)
    for (const set of result.stopwordSets) bySet.set(set, (bySet.get(set) ?? 0) + 1)
    features.push(result)
  }

  // Stopword hits per language, from the hits per set of languages.
  for (const [set, found] of bySet) {
    for (const language of languageSets[set] ?? []) hits[language] = (hits[language] ?? 0) + found
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
