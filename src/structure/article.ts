import type {Analysis} from './analyse.js'
import {dot, sigmoid} from './classify.js'
import {proseRuns} from './tail.js'
import type {LineVerdict} from './verdict.js'

/**
 * Page cues as numbers: how much of the page the locator kept, how long its
 * longest run of prose is, how much of it ends sentences or repeats, how
 * many pieces the core is in.
 *
 * @param analysis
 *   Analysis of the page (balanced).
 * @param verdicts
 *   Verdicts of its lines.
 * @param stripped
 *   Whether a named rule took each line.
 * @returns
 *   Vector in the order of `pageNames`.
 */
export function pageVector(
  analysis: Analysis,
  verdicts: ReadonlyArray<LineVerdict>,
  stripped: ReadonlyArray<boolean>
): Array<number> {
  const {features, contexts} = analysis
  let total = 0
  let kept = 0
  let sentences = 0
  let short = 0
  let lines = 0
  let repeated = 0
  let digits = 0
  let named = 0
  let runs = 0
  let keptLines = 0
  let keptSentences = 0
  for (const [index, line] of features.entries()) {
    if (line.words === 0) continue
    lines++
    total += line.words
    if (verdicts[index]?.keep && !stripped[index]) {
      kept += line.words
      keptLines++
      if (line.terminal) keptSentences++
    }

    if (line.terminal) sentences += line.words
    if (line.words <= 3) short++
    if (line.repeats > 0) repeated += line.words
    if (stripped[index]) named += line.words
    digits += line.digits
    if (contexts[index]?.inCore && !contexts[index - 1]?.inCore) runs++
  }

  let longest = 0
  let prose = 0
  let proseCount = 0
  for (const words of proseRuns(features)) {
    longest = Math.max(longest, words)
    prose += words
    if (words > 0) proseCount++
  }

  const share = (value: number) => (total > 0 ? value / total : 0)
  return [
    1,
    share(kept),
    Math.log1p(longest),
    share(prose),
    share(sentences),
    lines > 0 ? short / lines : 0,
    Math.log1p(runs),
    share(repeated),
    share(digits),
    share(named),
    Math.log1p(total),
    prose > 0 ? longest / prose : 0,
    Math.log1p(proseCount),
    Math.log1p(keptLines > 0 ? kept / keptLines : 0),
    keptLines > 0 ? keptSentences / keptLines : 0
  ]
}

/**
 * Probability that a page reads as an article.
 *
 * @param weights
 *   Weights of the page cues (order of `pageNames`).
 * @param vector
 *   Page cues.
 * @returns
 *   Probability (0–1, two decimals).
 */
export function articleScore(weights: ReadonlyArray<number>, vector: ReadonlyArray<number>): number {
  return Math.round(sigmoid(dot(weights, vector)) * 100) / 100
}
