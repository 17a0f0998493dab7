import {aboutWords, minuteWords, readingLabels, readingWords} from '../data/counter.js'
import {allOf, alternation} from './lexicon.js'

/**
 * A reading time, as a pattern source: a label, the minutes, or the minutes
 * and a word after them (`Reading time: 5 min`, `Lesezeit: ca. 3 Min.`, `5
 * min read`, `3 Min. Lesezeit`, `4 min de lecture`, `読了時間：約3分`).
 * Groups: label, word after.
 */
const source = String.raw`(?:(${alternation(allOf(readingLabels))})\s*(?:[:：]\s*)?)?(?:(?:${alternation(allOf(aboutWords))})\s*)?\d{1,3}(?:[.,]\d)?\s*(?:${alternation(allOf(minuteWords))})\.?(?:\s*(${alternation(allOf(readingWords))}))?`

/**
 * A line that is a reading time (groups: label, word after).
 *
 * ###### Notes
 * Minutes alone (`5 minutes`) are no reading time: a label or a word after
 * them must be there (see `isReadingTime`). A full stop may end it
 * (`この記事は約3分で読めます。`).
 */
export const readingTime = new RegExp(`^${source}[.。]?$`, 'iu')

/**
 * Most characters of a reading time at the end of a line (`Temps de lecture :
 * environ 12 minutes` has 36).
 */
const maxTail = 60

/**
 * What may come before a reading time at the end of a line: white space and
 * separators.
 */
const breaks = new Set([...' \t|•·∙/｜,–—-'])

/**
 * Whether a match of a reading-time pattern has its label or its word after:
 * minutes alone are no reading time.
 *
 * @param match
 *   Match of `readingTime` or `readingTail`.
 * @returns
 *   Whether it is a reading time.
 */
export function isReadingTime(match: RegExpExecArray | null): boolean {
  return match !== null && (match[1] !== undefined || match[2] !== undefined)
}

/**
 * Where a reading time at the end of a line starts (`22.04.2024, 06:00 Uhr
 * Lesedauer: 4 Minuten`, `March 23, 2019 · 5 min read`), with the white
 * space and separators before it.
 *
 * ###### Notes
 * Tries `readingTime` on each word start of the line's last `maxTail`
 * characters: linear in the line, where one pattern for the tail would try
 * every place of it.
 *
 * @param value
 *   Line.
 * @returns
 *   Index, or `-1` when the line does not end in one.
 */
export function readingTimeStart(value: string): number {
  for (let start = Math.max(0, value.length - maxTail); start < value.length; start++) {
    if (breaks.has(value.charAt(start)) || (start > 0 && !breaks.has(value.charAt(start - 1)))) continue
    if (!isReadingTime(readingTime.exec(value.slice(start)))) continue
    let end = start
    while (end > 0 && breaks.has(value.charAt(end - 1))) end--
    return end
  }

  return -1
}
