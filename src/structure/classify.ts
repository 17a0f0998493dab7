import type {LineFeatures} from './features.js'

/**
 * Names of the local cues, in the order of `localVector`.
 */
export const localNames: ReadonlyArray<string> = [
  'bias',
  'log words',
  'stopword density',
  'terminal punctuation',
  'ends in colon',
  'capitalised share',
  'all-caps share',
  'digit share',
  'link',
  'e-mail',
  'separators',
  'log sentences',
  'log commas',
  'bullet',
  'chrome phrase',
  'tail heading',
  'short line',
  'position',
  'in a block',
  'glued words',
  'repeated line'
]

/**
 * Local cues of a line as numbers.
 *
 * @param features
 *   Line features.
 * @param known
 *   Whether the document language has a stopword list.
 * @param chrome
 *   Whether the line is in the chrome phrase list.
 * @param tail
 *   Whether the line is a tail heading.
 * @param position
 *   Place in the document (0 first line, 1 last).
 * @param into
 *   Array to fill (default: a new one); a caller that only takes the dot
 *   product of each line's vector passes the same one for every line, and
 *   makes no array per line.
 * @returns
 *   `into`, in the order of `localNames`.
 */
export function localVector(
  features: LineFeatures,
  known: boolean,
  chrome: boolean,
  tail: boolean,
  position: number,
  into: Array<number> = []
): Array<number> {
  const words = Math.max(features.words, 1)
  into[0] = 1
  into[1] = Math.log1p(features.words)
  into[2] = known
    ? features.stopwords / words
    : // Without a list, a long punctuated line reads as prose.
      features.terminal && features.words >= 8
      ? 0.35
      : 0.1
  into[3] = features.terminal ? 1 : 0
  into[4] = features.colon ? 1 : 0
  into[5] = features.capitalised / words
  into[6] = features.allCaps / words
  into[7] = features.digits / words
  into[8] = features.urls > 0 ? 1 : 0
  into[9] = features.emails > 0 ? 1 : 0
  into[10] = Math.log1p(features.separators)
  into[11] = Math.log1p(features.sentences)
  into[12] = Math.log1p(features.commas)
  into[13] = features.bullet ? 1 : 0
  into[14] = chrome ? 1 : 0
  into[15] = tail ? 1 : 0
  into[16] = features.words <= 3 ? 1 : 0
  into[17] = position
  into[18] = features.blockSize > 1 ? 1 : 0
  into[19] = features.glued > 0 ? 1 : 0
  into[20] = features.repeats > 0 ? 1 : 0
  return into
}

/**
 * Names of the context cues, in the order of `contextVector`.
 */
export const contextNames: ReadonlyArray<string> = [
  'bias',
  'local score',
  'previous line score',
  'next line score',
  'neighbourhood score',
  'in the article core',
  'before the core',
  'after the core',
  'log distance to the core',
  'after a tail heading',
  'log words',
  'short line',
  'in a short-line run',
  'core × local score',
  'core × short line',
  'core × short-line run',
  'core × neighbourhood score'
]

/**
 * Names of the page cues, in the order of `pageVector` (`./article.js`).
 */
export const pageNames: ReadonlyArray<string> = [
  'bias',
  'kept share',
  'log words of the longest prose run',
  'prose run share',
  'share of words in sentences',
  'short line share',
  'log core runs',
  'repeated word share',
  'digit share',
  'named debris share',
  'log words',
  'longest run share of prose',
  'log prose runs',
  'log words per kept line',
  'sentence share of kept lines'
]

/**
 * Context of a line: what the structure pass saw around it.
 */
export interface Context {
  /** Local score (log-odds) of the line. */
  local: number
  /** Local score of the line before (0 at the start). */
  previous: number
  /** Local score of the line after (0 at the end). */
  next: number
  /** Word-weighted mean local score of the three lines either side. */
  around: number
  /** Whether the line is in a core run of prose. */
  inCore: boolean
  /** Whether the line comes before the first core line. */
  beforeCore: boolean
  /** Whether the line comes after the last core line. */
  afterCore: boolean
  /** Lines to the nearest core line (0 inside). */
  distance: number
  /** Whether a tail heading ended the article before this line. */
  afterTail: boolean
  /** Words of the line. */
  words: number
  /** Whether the line is in a run of three or more short lines. */
  inShortRun: boolean
}

/**
 * Context cues of a line as numbers.
 *
 * @param context
 *   Context of the line.
 * @param into
 *   Array to fill (default: a new one), as in `localVector`.
 * @returns
 *   `into`, in the order of `contextNames`.
 */
export function contextVector(context: Context, into: Array<number> = []): Array<number> {
  into[0] = 1
  into[1] = context.local
  into[2] = context.previous
  into[3] = context.next
  into[4] = context.around
  into[5] = context.inCore ? 1 : 0
  into[6] = context.beforeCore ? 1 : 0
  into[7] = context.afterCore ? 1 : 0
  into[8] = Math.log1p(context.distance)
  into[9] = context.afterTail ? 1 : 0
  into[10] = Math.log1p(context.words)
  into[11] = context.words <= 3 ? 1 : 0
  into[12] = context.inShortRun ? 1 : 0
  into[13] = context.inCore ? context.local : 0
  into[14] = context.inCore && context.words <= 3 ? 1 : 0
  into[15] = context.inCore && context.inShortRun ? 1 : 0
  into[16] = context.inCore ? context.around : 0
  return into
}

/**
 * Dot product of weights and a vector.
 *
 * @param weights
 *   Weights (missing ones count 0).
 * @param vector
 *   Cue values.
 * @returns
 *   Score (log-odds).
 */
export function dot(weights: ReadonlyArray<number>, vector: ReadonlyArray<number>): number {
  let total = 0
  for (let index = 0; index < vector.length; index++) {
    total += (weights[index] ?? 0) * (vector[index] ?? 0)
  }

  return total
}

/**
 * Logistic function.
 *
 * @param value
 *   Log-odds.
 * @returns
 *   Probability.
 */
export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
