import {wordCount} from '../util/shape.js'
import {date, type KindVerdict} from './kind.js'
import type {LineVerdict} from './verdict.js'

/**
 * Most characters of a label of an item (`Featured`, `Topics: 8`,
 * `Date:`), not its prose.
 */
const maxLabelLength = 32

/**
 * Fewest and most lines from one item of a listing to the next.
 */
const minPeriod = 2
const maxPeriod = 16

/**
 * Fewest items a run needs to be a listing.
 */
const minItems = 3

/**
 * Fewest words of a title or a summary of an item.
 */
const minTitleWords = 4

/**
 * Least share of the lines of a run that are titles or summaries: the items
 * of a listing have them, a menu (also one with a heading repeated in each
 * column) only labels.
 */
const minTitleShare = 0.2

/**
 * Kinds of page whose items are kept: not a product page (its runs of items
 * are other products), nor a forum (its thread is its gentler cut).
 */
const kept: ReadonlySet<string> = new Set(['documentation', 'listing', 'service'])

/**
 * Most probability that the page is an article, and least that it is of its
 * kind, for its items to be kept.
 */
const maxArticle = 0.3
const minKind = 0.4

/**
 * A letter or a digit: a label has one (a bullet, `»` or `•`, marks any
 * list).
 */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * A run of digits.
 */
const digits = /\d+/g

/**
 * A run of items of a listing, as its first and last line (inclusive).
 */
export interface ItemRun {
  /** First line: one item before the first label. */
  start: number
  /** Last line: one item after the last label. */
  end: number
}

/**
 * Most characters of a label that heads a longer line (`Contact: Anna Berg,
 * anna@example.com`, `Location: Milwaukee, WI`).
 */
const maxPrefixLength = 24

/**
 * A line that opens or ends with a date (`Mar 3, 2024`, `Go 1.26 is released,
 * 10 February 2026`, `2024-03-03 · Release notes`), punctuation after it
 * aside: the dated line of an item of a blog's or a newsroom's listing, one
 * key whatever its date.
 */
const datedStart = new RegExp('^(?:' + date.source + ')', 'i')
const datedEnd = new RegExp('(?:' + date.source + ')[\\s.,;:)\\]]*$', 'i')

/**
 * Most characters of a dated line (longer: a paragraph that ends with a
 * date).
 */
const maxDatedLength = 200

/**
 * A digit: a line without one has no date (and is tested no further).
 */
const anyDigit = /\d/

/**
 * The label key of a dated line.
 */
const datedKey = '#date'

/**
 * The label key of a line: one key for every line that opens or ends with a
 * date (the titles of a blog's listing, each with its date; a date where
 * the month changes is still the same label); else the text of a short line
 * in lower case, each run of digits one `#` (`Topics: 8` and `Topics: 79`
 * are alike); of a longer line, the label before its colon (`Contact:`),
 * when it is short and a space follows the colon; else `undefined`.
 *
 * @param value
 *   Line.
 * @returns
 *   Key.
 */
function labelOf(value: string): string | undefined {
  const trimmed = value.trim()
  if (trimmed.length <= maxDatedLength && anyDigit.test(trimmed) && (datedStart.test(trimmed) || datedEnd.test(trimmed))) {
    return datedKey
  }

  if (trimmed.length > maxLabelLength) {
    const colon = trimmed.indexOf(':')
    if (colon < 2 || colon > maxPrefixLength || trimmed.charCodeAt(colon + 1) !== 32) return undefined
    const label = trimmed.slice(0, colon + 1)
    return wordCharacter.test(label) ? label.toLowerCase().replace(digits, '#') : undefined
  }

  if (!wordCharacter.test(trimmed)) return undefined
  return trimmed.toLowerCase().replace(digits, '#')
}

/**
 * The runs of items of a listing: a short label repeated at a steady
 * interval (`Featured`, `Date:`, `Topics: #`, or the `Contact:` that heads
 * a line of each item), at least `minItems` times, with titles or summaries
 * between.
 *
 * @param values
 *   Text of every line of the page.
 * @returns
 *   Runs, each reaching one item before its first label and after its last.
 */
export function itemRuns(values: ReadonlyArray<string>): Array<ItemRun> {
  const places = new Map<string, Array<number>>()
  for (const [index, value] of values.entries()) {
    const label = labelOf(value)
    if (label === undefined) continue
    const found = places.get(label)
    if (found) found.push(index)
    else places.set(label, [index])
  }

  const runs: Array<ItemRun> = []
  for (const found of places.values()) {
    if (found.length < minItems) continue
    let from = 0
    for (let index = 1; index <= found.length; index++) {
      const gap = index < found.length ? found[index]! - found[index - 1]! : 0
      if (gap >= minPeriod && gap <= maxPeriod) continue
      steadyRuns(runs, found.slice(from, index), values)
      from = index
    }
  }

  return runs
}

/**
 * Add the runs of one label: the stretches where it repeats at about its
 * usual interval (the median, give or take a quarter, at least one line).
 *
 * @param runs
 *   Runs (changed in place).
 * @param at
 *   Lines of the label, each `minPeriod` to `maxPeriod` from the last.
 * @param values
 *   Text of every line of the page.
 */
function steadyRuns(runs: Array<ItemRun>, at: ReadonlyArray<number>, values: ReadonlyArray<string>): undefined {
  if (at.length < minItems) return
  const gaps: Array<number> = []
  for (let index = 1; index < at.length; index++) gaps.push(at[index]! - at[index - 1]!)
  const period = [...gaps].sort((a, b) => a - b)[gaps.length >> 1]!
  const slack = Math.max(1, Math.round(period / 4))
  let from = 0
  for (let index = 1; index <= at.length; index++) {
    if (index < at.length && Math.abs(gaps[index - 1]! - period) <= slack) continue
    if (index - from >= minItems) {
      const start = Math.max(0, at[from]! - period + 1)
      const end = Math.min(values.length - 1, at[index - 1]! + period - 1)
      if (titleShare(values, start, end) >= minTitleShare) runs.push({start, end})
    }

    from = index
  }
}

/**
 * Share of the lines of a stretch with `minTitleWords` words or more.
 *
 * @param values
 *   Text of every line of the page.
 * @param start
 *   First line.
 * @param end
 *   Last line (inclusive).
 * @returns
 *   Share.
 */
function titleShare(values: ReadonlyArray<string>, start: number, end: number): number {
  let titles = 0
  for (let index = start; index <= end; index++) {
    if (wordCount(values[index]!, minTitleWords) >= minTitleWords) titles++
  }

  return titles / (end - start + 1)
}

/**
 * Keep the other items of a listing the article core reaches into.
 *
 * ###### Notes
 * On a listing, the locator often keeps one item (the one that reads best)
 * and drops its neighbours for where they are. On a page that is surely not
 * an article, of a kind in `kept`, the lines of a run of items (`itemRuns`) that holds a kept line are kept,
 * except the named phrases (`Related posts`, `Share this`) and the lines
 * the named rules took. What is kept is told from the text alone, so the
 * modes stay nested.
 *
 * @param lines
 *   Every line of the page.
 * @param verdicts
 *   Verdict of each line (changed in place).
 * @param kind
 *   Kind of the page.
 * @param named
 *   Whether a line is a named phrase.
 * @returns
 *   Nothing.
 */
export function keepItems(
  lines: ReadonlyArray<{readonly value: string}>,
  verdicts: Array<LineVerdict>,
  kind: Readonly<KindVerdict>,
  named: (index: number) => boolean
): undefined {
  if (!kept.has(kind.kind) || kind.kinds.article >= maxArticle || kind.kinds[kind.kind] < minKind) return
  for (const {start, end} of itemRuns(lines.map((line) => line.value))) {
    if (!verdicts.slice(start, end + 1).some((verdict) => verdict.keep)) continue
    for (let index = start; index <= end; index++) {
      const verdict = verdicts[index]
      if (verdict && !verdict.keep && !named(index)) {
        verdicts[index] = {keep: true, score: verdict.score}
      }
    }
  }
}
